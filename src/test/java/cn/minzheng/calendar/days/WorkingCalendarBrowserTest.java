package cn.minzheng.calendar.days;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A city administrator keeps the working calendar: a worked Saturday is listed, a weekday offered
 * as one is refused with the field named. Days of 2092, which no other test uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkingCalendarBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  @Test
  void anAdministratorListsAWorkedSaturdayAndIsToldWhenTheDayIsAWeekday() {
    StaffSignIn.signInEnrollingTotp(
        page, jdbc, passwords, Role.CITY_ADMIN, "510100000000", "日历管理员");
    page.navigate("/admin/calendar?year=2092");

    // 2092-01-05 is a Saturday, 2092-01-07 a Monday
    page.getByTestId("calendar-day").fill("2092-01-05");
    page.getByTestId("calendar-name").fill("浏览器调休");
    page.getByTestId("calendar-kind").selectOption("true");
    page.getByTestId("calendar-save").click();
    assertThat(page.getByTestId("calendar-message")).containsText("2092-01-05 调休上班");
    assertThat(page.locator("[data-day='2092-01-05']")).containsText("浏览器调休");

    page.getByTestId("calendar-day").fill("2092-01-07");
    page.getByTestId("calendar-name").fill("错误");
    page.getByTestId("calendar-kind").selectOption("true");
    page.getByTestId("calendar-save").click();
    assertThat(page.getByTestId("calendar-error")).hasText("日期：调休上班日必须是周六或周日（2092-01-07是工作日）");
    assertThat(page.locator("[data-day='2092-01-07']")).hasCount(0);
  }
}
