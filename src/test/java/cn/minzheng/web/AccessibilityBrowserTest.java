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
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import com.microsoft.playwright.Browser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * axe-core (vendored under {@code src/test/resources/axe}, MPL-2.0) on the main staff pages: no
 * serious or critical violation of WCAG 2 A/AA; and the shared confirmation dialog, cancelled and
 * confirmed, in a real browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired RegistryFixtures registry;
  @Autowired LowIncomeRegister register;
  @Autowired VisitRecords visits;

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
