package cn.minzheng.monitoring;

import static cn.minzheng.monitoring.MonitoringTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.monitoring.register.LowIncomeRegister;
import cn.minzheng.monitoring.register.LowIncomeRegister.Inclusion;
import cn.minzheng.monitoring.register.RegisterCategory;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An administrator uploads a vehicle feed naming a 特困 person; the warning appears in the street
 * caseworker's 待办; the caseworker records a home visit and closes the warning.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WarningJourneyBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired RegistryFixtures registry;
  @Autowired LowIncomeRegister register;

  @Override
  protected Browser.NewContextOptions contextOptions() {
    return super.contextOptions().setViewportSize(1366, 900);
  }

  @Test
  void uploadedFeedRaisesAWarningThatTheCaseworkerVisitsAndCloses() throws Exception {
    Person r = registry.person("郑𠮷", COMMUNITY);
    long hh = registry.household(COMMUNITY, r);
    register.include(
        new Inclusion(
            r.id(),
            hh,
            COMMUNITY,
            RegisterCategory.TEKUN,
            "MANUAL",
            "特困供养",
            null,
            LocalDate.of(2025, 1, 1)),
        "test");

    // a city administrator with a fresh account enrols TOTP at first sign-in
    StaffSignIn.signInEnrollingTotp(page, jdbc, passwords, Role.CITY_ADMIN, CITY, "管理员");
    page.navigate("/monitoring/feeds");
    page.getByTestId("feed-type").selectOption("vehicle");
    byte[] csv =
        ("身份证号,日期,金额,说明\n" + r.idNumber() + ",2025-08-01,120000,川A" + r.id() + "\n")
            .getBytes(StandardCharsets.UTF_8);
    page.getByTestId("feed-file").setInputFiles(new FilePayload("vehicles.csv", "text/csv", csv));
    page.getByTestId("feed-submit").click();
    // the import runs in the background; its progress bar ends with the batch's summary
    assertThat(page.getByTestId("job-summary"))
        .containsText(
            "匹配 1 人次",
            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                .setTimeout(60_000));
    assertThat(page.getByTestId("job-summary")).containsText("产生预警 1 条");

    context.clearCookies();
    StaffSignIn.signIn(page, jdbc, passwords, Role.STREET_CASEWORKER, STREET);
    page.getByTestId("work-queue-monitoring.warning").click();
    page.getByTestId("warning-row-" + r.id()).locator("a[href^='/monitoring/warnings/']").click();
    assertThat(page.getByTestId("warning-evidence")).containsText("川A" + r.id());
    page.getByTestId("visit-findings").fill("车辆系亲属代为登记，本人仍无收入，继续供养");
    page.getByTestId("visit-submit").click();
    assertThat(page.getByTestId("warning-state")).hasText("已处置");
    page.getByTestId("warning-close").click();
    assertThat(page.getByTestId("warning-state")).hasText("已关闭");
  }
}
