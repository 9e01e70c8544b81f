package cn.minzheng;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser journeys ({@code *BrowserTest}, run by failsafe, each annotated
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}): Debian's Chromium driven by Playwright
 * for Java, headless and offline. One browser per JVM, a fresh context (cookies, storage) per test.
 *
 * <p>The browser comes from {@code MINZHENG_CHROMIUM} (environment), the system property {@code
 * minzheng.chromium}, or {@code /usr/bin/chromium}. Without one the tests FAIL with instructions: a
 * journey that silently skips proves nothing.
 */
public abstract class BrowserTestSupport {

  static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";

  private static final List<String> ARGUMENTS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic");

  /**
   * Chooses a region field's value ({@code fragments/form :: regionField}) in its plain select,
   * which the picker's cascade hides: {@code selectOption(code, PICKED)}; the cascade follows the
   * value.
   */
  protected static final Locator.SelectOptionOptions PICKED =
      new Locator.SelectOptionOptions().setForce(true);

  private static Playwright playwright;
  private static Browser browser;

  @LocalServerPort protected int port;

  protected BrowserContext context;
  protected Page page;

  /** The Chromium executable, or an exception that says how to get one. */
  static Path chromium() {
    return chromium(System.getenv("MINZHENG_CHROMIUM"), System.getProperty("minzheng.chromium"));
  }

  static Path chromium(String fromEnvironment, String fromProperty) {
    String configured = fromEnvironment;
    if (configured == null || configured.isBlank()) {
      configured = fromProperty == null || fromProperty.isBlank() ? DEFAULT_CHROMIUM : fromProperty;
    }
    Path executable = Path.of(configured);
    if (!Files.isExecutable(executable)) {
      throw new IllegalStateException(
          "No Chromium for the browser tests at "
              + executable
              + ". Install it (apt-get update && apt-get install -y chromium fonts-wqy-microhei)"
              + " or point MINZHENG_CHROMIUM (or -Dminzheng.chromium) at a Chromium executable.");
    }
    return executable;
  }

  private static synchronized Browser browser() {
    if (browser == null) {
      Path executable = chromium();
      playwright = Playwright.create();
      browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(executable)
                      .setHeadless(true)
                      .setArgs(ARGUMENTS));
      Runtime.getRuntime().addShutdownHook(new Thread(BrowserTestSupport::closeBrowser));
    }
    return browser;
  }

  private static synchronized void closeBrowser() {
    if (playwright != null) {
      playwright.close();
      playwright = null;
      browser = null;
    }
  }

  /** A phone-sized window by default: the portal is mobile first. */
  protected Browser.NewContextOptions contextOptions() {
    return new Browser.NewContextOptions()
        .setBaseURL(baseUrl())
        .setLocale("zh-CN")
        .setTimezoneId("Asia/Shanghai")
        .setViewportSize(390, 844);
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }

  @BeforeEach
  void openPage() {
    context = browser().newContext(contextOptions());
    context.setDefaultTimeout(15_000);
    page = context.newPage();
  }

  @AfterEach
  void closePage() {
    if (context != null) {
      context.close();
    }
  }
}
