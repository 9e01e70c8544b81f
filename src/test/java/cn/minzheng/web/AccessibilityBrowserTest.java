package cn.minzheng.web;

import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.monitoring.register.LowIncomeRegister;
import cn.minzheng.monitoring.register.LowIncomeRegister.Inclusion;
import cn.minzheng.monitoring.register.RegisterCategory;
import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.portal.account.PortalPasswords;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * axe-core (vendored under {@code src/test/resources/axe}, MPL-2.0) on the main staff pages: no
 * serious or critical violation of WCAG 2 A/AA; the citizen portal's pages on a 390×844 phone
 * alike; and the shared confirmation dialog, cancelled and confirmed, in a real browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired RegistryFixtures registry;
  @Autowired LowIncomeRegister register;
  @Autowired VisitRecords visits;
  @Autowired FieldCipher cipher;
  @Autowired PortalPasswords portalPasswords;

  @Override
  protected Browser.NewContextOptions contextOptions() {
    // axe is injected as an inline script, which the pages' CSP (script-src 'self') would refuse.
    return super.contextOptions().setViewportSize(1366, 900).setBypassCSP(true);
  }

  private static String axeSource() throws IOException {
    try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The serious and critical violations of the page, as "rule: target" lines. */
  @SuppressWarnings("unchecked")
  private List<String> seriousViolations(String axe) {
    page.addScriptTag(new com.microsoft.playwright.Page.AddScriptTagOptions().setContent(axe));
    Object result =
        page.evaluate(
            "async () => { const r = await axe.run(document, {runOnly: {type: 'tag',"
                + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});"
                + " return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')); }");
    return new ArrayList<>((List<String>) result);
  }

  /** The same-origin links of the given part of the page, as paths without query or fragment. */
  @SuppressWarnings("unchecked")
  private List<String> linksIn(String selector) {
    Object hrefs =
        page.evaluate(
            "s => [...document.querySelectorAll(s)].map(a => new URL(a.href, location.href))"
                + ".filter(u => u.origin === location.origin).map(u => u.pathname)",
            selector);
    return ((List<String>) hrefs).stream().distinct().toList();
  }

  /**
   * Visits {@code path} unless visited before and collects its serious violations, and a server
   * error as one.
   */
  private void check(
      String path, String axe, Set<String> visited, Map<String, List<String>> found) {
    if (!visited.add(path)) {
      return;
    }
    Response response = page.navigate(path);
    List<String> problems = seriousViolations(axe);
    if (response != null && response.status() >= 500) {
      problems.add(0, "HTTP " + response.status());
    }
    if (!problems.isEmpty()) {
      found.put(path, problems);
    }
  }

  @Test
  void theMainStaffPagesHaveNoSeriousOrCriticalViolations() throws Exception {
    Person head = registry.person("无障碍户主", COMMUNITY);
    Person spouse = registry.person("无障碍配偶", COMMUNITY);
    long household = registry.household(COMMUNITY, head, spouse);
    register.include(
        new Inclusion(
            head.id(),
            household,
            COMMUNITY,
            RegisterCategory.TEKUN,
            "MANUAL",
            "测试",
            null,
            LocalDate.of(2025, 1, 1)),
        "test");
    visits.generateTasks(RegionFilter.of(Set.of(COMMUNITY)));
    StaffSignIn.signIn(page, jdbc, passwords, Role.STREET_CASEWORKER, STREET);

    String axe = axeSource();
    Map<String, List<String>> found = new java.util.LinkedHashMap<>();
    for (String path :
        List.of(
            "/",
            "/registry/persons",
            "/registry/persons/" + head.id(),
            "/registry/households",
            "/registry/households/" + household,
            "/monitoring/visits",
            "/monitoring/register",
            "/monitoring/warnings",
            "/assistance/cases")) {
      page.navigate(path);
      assertThat(page.locator("h1").first()).isVisible();
      List<String> violations = seriousViolations(axe);
      if (!violations.isEmpty()) {
        found.put(path, violations);
      }
    }
    assertThat(found).as("serious or critical axe violations").isEmpty();
  }

  @Test
  void everyPortalPageOnAPhoneHasNoSeriousOrCriticalViolations() throws Exception {
    page.setViewportSize(390, 844);
    String axe = axeSource();
    Set<String> visited = new HashSet<>(Set.of("/portal/logout"));
    Map<String, List<String>> found = new LinkedHashMap<>();
    check("/portal/login", axe, visited, found);
    check("/portal/register", axe, visited, found);

    Person citizen = registry.person("无障碍市民", COMMUNITY);
    String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    jdbc.sql(
            "insert into portal.citizen_account (person_id, phone_enc, phone_idx, password_hash)"
                + " values (?, ?, ?, ?)")
        .params(
            citizen.id(),
            cipher.encrypt(phone),
            cipher.blindIndex(phone),
            portalPasswords.encoder().encode(StaffSignIn.PASSWORD))
        .update();
    page.navigate("/portal/login");
    page.getByTestId("login-username").fill(phone);
    page.getByTestId("login-password").fill(StaffSignIn.PASSWORD);
    page.getByTestId("login-submit").click();
    assertThat(page.getByTestId("portal-tabbar")).isVisible();

    // the bottom navigation's tabs and every service the 办事 page and 我的 offer
    for (String start : List.of("/portal/services", "/portal/me")) {
      page.navigate(start);
      for (String path : linksIn("a[href^='/portal'], a[href^='/public']")) {
        check(path, axe, visited, found);
      }
    }
    assertThat(visited).as("portal pages visited").hasSizeGreaterThan(8);
    assertThat(found).as("serious or critical axe violations on a phone").isEmpty();
  }

  @Test
  void anIrreversibleStepAsksSayingWhatWillHappenAndCancelKeepsEverything() throws Exception {
    Person head = registry.person("确认户主", COMMUNITY);
    Person leaving = registry.person("确认迁出", COMMUNITY);
    long household = registry.household(COMMUNITY, head, leaving);
    StaffSignIn.signIn(page, jdbc, passwords, Role.STREET_CASEWORKER, STREET);
    page.navigate("/registry/households/" + household);

    var row =
        page.getByTestId("household-members")
            .locator(
                "tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("确认迁出"));
    row.getByPlaceholder("迁出原因").fill("迁往外地");
    List<String> asked = new ArrayList<>();
    page.onceDialog(
        dialog -> {
          asked.add(dialog.message());
          dialog.dismiss();
        });
    row.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
    assertThat(page.getByTestId("household-members")).containsText("确认迁出");
    org.assertj.core.api.Assertions.assertThat(asked)
        .containsExactly("将 确认迁出 迁出本家庭，记入家庭变更历史并通知相关业务。确定迁出吗？");

    // Asked once (no second prompt of a page script), and 确定 moves the member out.
    page.onDialog(
        dialog -> {
          asked.add(dialog.message());
          dialog.accept();
        });
    row.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
    assertThat(page.getByTestId("flash-message")).hasText("成员已迁出");
    assertThat(page.getByTestId("household-members")).not().containsText("确认迁出");
    assertThat(page.getByTestId("household-members")).containsText("确认户主");
    org.assertj.core.api.Assertions.assertThat(asked).hasSize(2);
  }
}
