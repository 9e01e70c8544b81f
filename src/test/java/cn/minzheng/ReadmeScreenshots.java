package cn.minzheng;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The README's screenshots, taken with Playwright from a running demo ({@code ./mvnw
 * spring-boot:run}): staff pages on a desktop as the demo accounts, the portal on a 390×844 phone
 * as the demo citizen. Run by {@code docs/screenshots/take [base URL]}; not a test, since the
 * pictures change with the day the demo started.
 */
public final class ReadmeScreenshots {

  static final String STAFF_PASSWORD = "Demo@2026minzheng";
  static final String CITIZEN_PHONE = "13900000001";
  static final String CITIZEN_PASSWORD = "Citizen2026";

  /** One picture: the file, who is signed in (null: nobody), what is done, on a phone or not. */
  record Shot(String file, String account, boolean phone, Consumer<Page> show) {}

  static final List<Shot> SHOTS =
      List.of(
          new Shot("login.png", null, false, p -> p.navigate("/login")),
          new Shot("home.png", "street_worker", false, p -> p.navigate("/")),
          new Shot("registry-persons.png", "street_worker", false, ReadmeScreenshots::personSearch),
          new Shot(
              "registry-person.png",
              "street_worker",
              false,
              p -> {
                personSearch(p);
                p.getByTestId("person-link").first().click();
              }),
          new Shot(
              "assistance-cases.png",
              "district_approver",
              false,
              p -> p.navigate("/assistance/cases")),
          new Shot("rosters.png", "district_approver", false, p -> p.navigate("/payments/rosters")),
          new Shot("cockpit.png", "city_admin", false, p -> p.navigate("/cockpit")),
          new Shot(
              "marriage-calendar.png",
              "city_admin",
              false,
              p -> p.navigate("/marriage/admin/calendar")),
          new Shot("regions.png", "city_admin", false, p -> p.navigate("/admin/regions")),
          new Shot("portal-login.png", null, true, p -> p.navigate("/portal/login")),
          new Shot("portal-services.png", CITIZEN_PHONE, true, p -> p.navigate("/portal/services")),
          new Shot("portal-me.png", CITIZEN_PHONE, true, p -> p.navigate("/portal/me")));

  private ReadmeScreenshots() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    Path out = Path.of(args.length > 1 ? args[1] : "docs/screenshots");
    Files.createDirectories(out);
    try (Playwright playwright = BrowserTestSupport.newPlaywright()) {
      Browser browser = BrowserTestSupport.launch(playwright);
      for (Shot shot : SHOTS) {
        try (BrowserContext context = browser.newContext(options(base, shot.phone()))) {
          context.setDefaultTimeout(30_000);
          Page page = context.newPage();
          signIn(page, shot.account());
          shot.show().accept(page);
          page.waitForLoadState();
          page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(shot.file())));
          System.out.println(out.resolve(shot.file()));
        }
      }
    }
  }

  private static Browser.NewContextOptions options(String base, boolean phone) {
    return new Browser.NewContextOptions()
        .setBaseURL(base)
        .setLocale("zh-CN")
        .setTimezoneId("Asia/Shanghai")
        .setViewportSize(phone ? 390 : 1366, phone ? 844 : 860)
        .setDeviceScaleFactor(phone ? 2 : 1);
  }

  private static void signIn(Page page, String account) {
    if (account == null) {
      return;
    }
    if (account.equals(CITIZEN_PHONE)) {
      page.navigate("/portal/login");
      page.getByTestId("login-username").fill(CITIZEN_PHONE);
      page.getByTestId("login-password").fill(CITIZEN_PASSWORD);
      page.getByTestId("login-submit").click();
    } else {
      page.navigate("/login");
      page.getByTestId("login-username").fill(account);
      page.getByTestId("login-password").fill(STAFF_PASSWORD);
      page.getByTestId("login-submit").click();
    }
    page.waitForLoadState();
  }

  /** The demo's anchor person 张伟明 found by name, as a caseworker searches. */
  private static void personSearch(Page page) {
    page.navigate("/registry/persons");
    page.getByTestId("search-name").fill("张伟明");
    page.getByTestId("search-submit").click();
    page.getByTestId("person-results").waitFor();
  }
}
