package cn.minzheng.disability;

import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.disability.subsidy.MonthlySubsidyRun;
import cn.minzheng.disability.subsidy.Subsidy;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.RegistryFixtures;
import com.microsoft.playwright.Browser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A batch action and a chart in Chromium: the street ticks two newly eligible people and confirms
 * them with one prompt that names the count; the assistance statistics draw their month chart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BatchAndChartBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired RegistryFixtures registry;
  @Autowired MonthlySubsidyRun run;

  @Override
  protected Browser.NewContextOptions contextOptions() {
    return super.contextOptions().setViewportSize(1366, 900);
  }

  @Test
  void theStreetConfirmsTwoTickedRowsWithOnePromptNamingTheCount() {
    long first = disabled("浏览器批量甲");
    long second = disabled("浏览器批量乙");
    run.run(Subsidy.CARE, YearMonth.of(2025, 11));
    StaffSignIn.signIn(page, jdbc, passwords, Role.STREET_CASEWORKER, STREET);

    page.navigate("/disability/subsidies?status=PENDING&size=100");
    page.locator("input[value='" + first + ":CARE']").check();
    page.locator("input[value='" + second + ":CARE']").check();
    AtomicReference<String> prompt = new AtomicReference<>();
    page.onceDialog(
        d -> {
          prompt.set(d.message());
          d.accept();
        });
    page.getByTestId("confirm-selected").click();

    assertThat(page.getByTestId("subsidy-message")).containsText("已批量确认 2 人次");
    assertThat(prompt.get()).contains("确认所选的 2 人次");
    assertThat(status(first)).isEqualTo("CONFIRMED");
    assertThat(status(second)).isEqualTo("CONFIRMED");
  }

  @Test
  void theAssistanceStatisticsDrawTheirMonthChart() {
    StaffSignIn.signIn(page, jdbc, passwords, Role.STREET_CASEWORKER, STREET);
    page.navigate("/assistance/statistics?from=2026-01&to=2026-06");

    var chart = page.getByTestId("statistics-chart");
    assertThat(chart).hasAttribute("data-chart-ready", "true");
    assertThat(chart.locator("canvas")).hasCount(1);
    assertThat(chart)
        .hasAttribute("data-months", "2026-01,2026-02,2026-03,2026-04,2026-05,2026-06");
  }

  private long disabled(String name) {
    long id =
        registry
            .disabledPerson(
                name, COMMUNITY, DisabilityCategory.PHYSICAL, 1, LocalDate.of(2021, 3, 3))
            .id();
    SubsidyTestSupport.await(jdbc, () -> SubsidyTestSupport.rated(jdbc, id, 1));
    return id;
  }

  private String status(long person) {
    return jdbc.sql(
            "select status from disability.recipient where person_id = ? and subsidy = 'CARE'")
        .param(person)
        .query(String.class)
        .single();
  }
}
