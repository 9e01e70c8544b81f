package cn.minzheng.socialwork;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.platform.Role;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.opendays.OpenDays;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Journey: a citizen registers in the portal for an open day with one place left, sees the
 * registration and no register button any more (full). The staff side (registrations, attendance)
 * is covered by OpenDayTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenDayBrowserTest extends BrowserTestSupport {

  private static final String PASSWORD = "Secret2026abc";

  @Autowired RegistryFixtures registry;
  @Autowired DevelopmentCodeSender codes;
  @Autowired OpenDays openDays;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  @Test
  void aCitizenRegistersForAnOpenDay() {
    LocalDate today = ChinaTime.today();
    long day =
        openDays.create(
            "510104000000",
            "浏览器开放日",
            "锦江区民政局一楼大厅",
            "参观婚姻登记处与救助窗口",
            today.plusDays(6).toString(),
            "09:30",
            "11:30",
            "2",
            today.minusDays(1).toString(),
            today.plusDays(5).toString(),
            "test");
    openDays.register(day, registry.person("先到的市民", RegistryTestData.COMMUNITY).id());
    Person citizen = registry.person("开放日市民", RegistryTestData.COMMUNITY);

    registerCitizen(codes, citizen.idNumber(), citizen.name(), PASSWORD);
    page.getByTestId("me-open-days").click();
    assertThat(page.getByTestId("open-day-" + day)).containsText("剩余名额 1 / 2");
    page.getByTestId("register-" + day).click();

    assertThat(page.getByTestId("open-day-message")).hasText("报名成功，请按时参加");
    long registration = openDays.mine(citizen.id()).get(0).id();
    assertThat(page.getByTestId("my-registration-" + registration)).containsText("浏览器开放日");
    assertThat(page.getByTestId("my-registration-" + registration)).containsText("已报名");
    assertThat(page.getByTestId("open-day-" + day)).containsText("名额已满");
    assertThat(page.getByTestId("register-" + day)).hasCount(0);
    assertThat(openDays.find(day).orElseThrow().registered()).isEqualTo(2);

    page.context().clearCookies();
    StaffSignIn.signInEnrollingTotp(
        page, jdbc, passwords, Role.DISTRICT_APPROVER, "510104000000", "区民政局");
    page.navigate("/socialwork/open-days/" + day);
    assertThat(page.getByTestId("registration-" + registration)).containsText("开放日市民");
    assertThat(page.getByTestId("registered")).hasText("2");
  }
}
