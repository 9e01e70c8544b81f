package cn.minzheng.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.platform.Role;
import cn.minzheng.shared.ChinaTime;
import com.microsoft.playwright.Locator;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The pickers in Chromium: a community chosen through the region cascade (区 › 街道 › 社区), the working
 * calendar as a month grid with the Chinese date picker, a cockpit chart drawn by ECharts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PickersBrowserTest extends BrowserTestSupport {

  static final String DISTRICT = "510104000000";
  static final String STREET = "510104001000";
  static final String COMMUNITY = "510104001001";

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  @Test
  void aCityAdministratorPicksACommunityOpensTheCalendarGridAndSeesACockpitChart() {
    StaffSignIn.signInEnrollingTotp(
        page, jdbc, passwords, Role.CITY_ADMIN, "510100000000", "市局管理员");

    // region: one select per level, each filled from the one before
    page.navigate("/socialwork/governance");
    Locator plain = page.locator("#communityCode");
    assertThat(plain).isHidden();
    Locator district = page.locator("#communityCode-level-1");
    assertThat(district).isVisible();
    assertThat(page.locator("#communityCode-level-2")).hasCount(0);
    district.selectOption(DISTRICT);
    page.locator("#communityCode-level-2").selectOption(STREET);
    // a street is only a group of a community field: nothing chosen yet
    assertThat(plain).hasValue("");
    page.locator("#communityCode-level-3").selectOption(COMMUNITY);
    assertThat(plain).hasValue(COMMUNITY);
    // the label leads to the first level; the district's streets only, not another district's
    assertThat(page.locator("label[for='communityCode-level-1']")).hasCount(1);
    assertThat(page.locator("#communityCode-level-2 option[value='510105001000']")).hasCount(0);
    // choosing another district clears the levels below it and the value
    district.selectOption("510105000000");
    assertThat(page.locator("#communityCode-level-3")).hasCount(0);
    assertThat(plain).hasValue("");

    // calendar: a month grid from Monday, the next month, the Chinese date picker
    page.navigate("/admin/calendar?month=2092-10");
    Locator grid = page.getByTestId("calendar-grid");
    assertThat(grid).hasAttribute("data-month", "2092-10");
    assertThat(grid.locator("thead th").first()).hasText("周一");
    assertThat(grid.locator("tbody tr")).hasCount(5); // 2092-10-01 is a Wednesday
    page.getByTestId("calendar-next").click();
    assertThat(page.getByTestId("calendar-grid")).hasAttribute("data-month", "2092-11");
    page.getByTestId("calendar-day-calendar").click();
    Locator picker = page.locator(".flatpickr-calendar.open");
    assertThat(picker).isVisible();
    assertThat(picker.locator(".flatpickr-weekday").first()).containsText("周一");
    picker.locator(".flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)").first().click();
    assertThat(page.getByTestId("calendar-day"))
        .hasValue(YearMonth.from(ChinaTime.today()).atDay(1).toString());
    // typing still works: the field keeps what was typed
    page.getByTestId("calendar-day").fill("2092-11-05");
    assertThat(page.getByTestId("calendar-day")).hasValue("2092-11-05");

    // cockpit: the money chart of 低保/特困/高龄 by month is drawn by ECharts
    page.navigate("/cockpit");
    assertThat(page.locator("[data-testid=chart-money] canvas")).hasCount(1);
    assertThat(page.getByTestId("chart-money").getAttribute("data-series")).isNotNull();
  }
}
