package cn.minzheng.cockpit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryFixtures;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Journey: the city administrator chooses a half year on the cockpit, sees the sparklines, the
 * money chart and the districts coloured by 低保金 (raw and per 1,000 residents), prints the report,
 * downloads the table as Excel, drills 低保金 down to a district and a street and opens the list of
 * people behind it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CockpitBrowserTest extends BrowserTestSupport {

  static final int YEAR = 2154;
  static final String JINJIANG = CockpitTestData.JINJIANG;

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired RegistryFixtures persons;
  @Autowired Entitlements entitlements;
  @Autowired VisitRecords visits;

  @Test
  void theCityAdministratorDrillsAFigureDownToThePeopleBehindIt() throws Exception {
    CockpitTestData data = CockpitTestData.load(YEAR, persons, entitlements, visits);
    StaffSignIn.signInEnrollingTotp(
        page, jdbc, passwords, Role.CITY_ADMIN, "510100000000", "市局管理员");

    page.navigate("/cockpit");
    page.getByTestId("cockpit-kind").selectOption("HALF");
    page.getByTestId("cockpit-year").fill(String.valueOf(YEAR));
    page.getByTestId("cockpit-part").fill("1");
    page.getByTestId("cockpit-submit").click();
    assertThat(page.getByTestId("cockpit-heading")).containsText(YEAR + "年上半年");
    assertThat(page.locator("[data-figure=dibao-money] [data-testid=figure-value]"))
        .hasText("2,225.50 元");
    // every row of the brief is counted now: the list of rows not connected gives way to a note
    assertThat(page.getByTestId("cockpit-all-connected")).isVisible();
    assertThat(page.getByTestId("cockpit-not-connected")).hasCount(0);
    assertThat(page.locator("[data-figure=institution-relief-money]")).hasCount(1);

    // the sparkline of 12 months, the money chart of 低保/特困/高龄, the districts coloured by 低保金
    assertThat(page.locator("[data-spark=dibao-money]")).hasAttribute("data-points", "12");
    assertThat(page.locator("[data-spark=dibao-money] canvas")).hasCount(1);
    assertThat(page.getByTestId("chart-money")).hasAttribute("data-series", "3");
    page.getByTestId("map-figure").selectOption("dibao-money");
    assertThat(page.getByTestId("cockpit-visuals"))
        .hasAttribute("data-map-figure", "dibao-money/value");
    if ("grid".equals(page.getByTestId("cockpit-visuals").getAttribute("data-map"))) {
      // no boundaries recorded: one tile per district with its value
      assertThat(page.locator("[data-testid=cockpit-grid] [data-region='" + JINJIANG + "']"))
          .containsText("1,365.5");
    } else {
      assertThat(page.locator("[data-testid=cockpit-map] canvas")).hasCount(1);
    }
    page.getByTestId("map-metric").selectOption("perThousand");
    assertThat(page.getByTestId("cockpit-visuals"))
        .hasAttribute("data-map-figure", "dibao-money/perThousand");

    // the printed report, fetched with the browser's session (the link opens it in a new tab)
    APIResponse report =
        page.request().get(page.getByTestId("cockpit-report").getAttribute("href"));
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.headers().get("content-type")).isEqualTo("application/pdf");
    assertThat(new String(report.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

    Download download = page.waitForDownload(() -> page.getByTestId("cockpit-export").click());
    assertThat(Files.size(download.path())).isPositive();
    assertThat(download.suggestedFilename()).endsWith(".xlsx");

    page.getByTestId("drill-dibao-money").click();
    assertThat(page.getByTestId("drill-total")).hasText("2,225.50 元");
    page.getByTestId("drill-into-" + CockpitTestData.JINJIANG).click();
    assertThat(page.getByTestId("drill-total")).hasText("1,365.50 元");
    page.getByTestId("records-of-" + CockpitTestData.STREET_ONE).click();

    assertThat(page.getByTestId("records-table")).containsText(data.nameA);
    assertThat(page.getByTestId("records-table")).not().containsText(data.nameB);
  }
}
