package cn.minzheng.cockpit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryFixtures;
import com.microsoft.playwright.Download;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Journey: the city administrator chooses a half year on the cockpit, drills 低保金 down to a district
 * and a street, opens the list of people behind it and downloads the table as Excel.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CockpitBrowserTest extends BrowserTestSupport {

  static final int YEAR = 2154;

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
    assertThat(page.getByTestId("cockpit-not-connected")).containsText("children 儿童福利");

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
