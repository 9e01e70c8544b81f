package cn.minzheng.calendar.days;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.calendar.WorkingCalendar;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The calendar page: only city and system administrators keep it; every change is audited. */
@SpringBootTest
@AutoConfigureMockMvc
class WorkingCalendarAdminTest {

  // Far-future days that no other test uses: 2091-01-02 is a Tuesday, 2091-01-06 a Saturday.
  static final LocalDate TUESDAY = LocalDate.of(2091, 1, 2);
  static final LocalDate SATURDAY = LocalDate.of(2091, 1, 6);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired WorkingCalendar calendar;

  static RequestPostProcessor as(Role role) {
    return authentication(
        StaffAuthentication.of(
            new StaffUser(
                9_100 + role.ordinal(), "cal_" + role, "日历", "510100000000", Set.of(role))));
  }

  @Test
  void aCityAdministratorListsAHolidayAndAWorkedSaturdayAndRemovesThemAgain() throws Exception {
    mvc.perform(
            post("/admin/calendar")
                .param("day", TUESDAY.toString())
                .param("name", "测试假日")
                .param("working", "false")
                .with(as(Role.CITY_ADMIN))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/admin/calendar")
                .param("day", SATURDAY.toString())
                .param("name", "测试调休")
                .param("working", "true")
                .with(as(Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(calendar.isWorkingDay(TUESDAY)).isFalse();
    assertThat(calendar.isWorkingDay(SATURDAY)).isTrue();
    assertThat(calendar.publicHoliday(TUESDAY)).contains("测试假日");
    assertThat(audited("platform.calendar.list", TUESDAY)).isEqualTo(1);
    mvc.perform(get("/admin/calendar").param("year", "2091").with(as(Role.CITY_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("测试调休")));

    for (LocalDate day : new LocalDate[] {TUESDAY, SATURDAY}) {
      mvc.perform(
              post("/admin/calendar/remove")
                  .param("day", day.toString())
                  .with(as(Role.CITY_ADMIN))
                  .with(csrf()))
          .andExpect(status().is3xxRedirection());
    }
    assertThat(calendar.isWorkingDay(TUESDAY)).isTrue();
    assertThat(calendar.isWorkingDay(SATURDAY)).isFalse();
    assertThat(audited("platform.calendar.remove", TUESDAY)).isEqualTo(1);
  }

  @Test
  void aWeekdayCannotBeListedAsAWorkedWeekendDayAndNothingIsStored() throws Exception {
    mvc.perform(
            post("/admin/calendar")
                .param("day", "2091-01-08")
                .param("name", "错误")
                .param("working", "true")
                .with(as(Role.CITY_ADMIN))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", "日期：调休上班日必须是周六或周日（2091-01-08是工作日）"));
    mvc.perform(
            post("/admin/calendar")
                .param("day", "2091-01-09")
                .param("name", "  ")
                .with(as(Role.CITY_ADMIN))
                .with(csrf()))
        .andExpect(flash().attribute("error", "名称：不能为空，最多40个字"));
    assertThat(
            jdbc.sql("select count(*) from calendar.calendar_day where day in (?, ?)")
                .params(LocalDate.of(2091, 1, 8), LocalDate.of(2091, 1, 9))
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void theMonthIsAGridFromMondayWithTheHolidayAndTheWorkedSaturdayMarked() throws Exception {
    // 2091-03-01 is a Thursday: the grid opens on Monday 2091-02-26 and closes on Sunday 04-01
    LocalDate holiday = LocalDate.of(2091, 3, 5);
    LocalDate worked = LocalDate.of(2091, 3, 3);
    for (Object[] day : new Object[][] {{holiday, "网格假日", "false"}, {worked, "网格调休", "true"}}) {
      mvc.perform(
              post("/admin/calendar")
                  .param("day", day[0].toString())
                  .param("name", (String) day[1])
                  .param("working", (String) day[2])
                  .with(as(Role.CITY_ADMIN))
                  .with(csrf()))
          .andExpect(status().is3xxRedirection())
          .andExpect(
              org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                  "/admin/calendar?month=2091-03"));
    }
    String html =
        mvc.perform(get("/admin/calendar").param("month", "2091-03").with(as(Role.CITY_ADMIN)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    java.util.List<String> dates = new java.util.ArrayList<>();
    java.util.regex.Matcher cell =
        java.util.regex.Pattern.compile("<td[^>]*data-date=\"([0-9-]{10})\"").matcher(html);
    while (cell.find()) {
      dates.add(cell.group(1));
    }
    assertThat(dates).hasSize(35).startsWith("2091-02-26").endsWith("2091-04-01");
    assertThat(html.indexOf(">周一<")).isLessThan(html.indexOf(">周日<"));
    assertThat(cellTag(html, holiday)).contains("holiday");
    assertThat(cellTag(html, worked)).contains("adjusted");
    assertThat(cellTag(html, LocalDate.of(2091, 3, 4))).contains("rest"); // a plain Sunday
    assertThat(cellTag(html, LocalDate.of(2091, 3, 6))).contains("work");
    assertThat(cellTag(html, LocalDate.of(2091, 2, 27))).contains("out");
    assertThat(html).contains("网格假日", "网格调休", "2091年3月");
    // navigation by month, and a day of the grid opens the form filled in
    assertThat(html).contains("month=2091-02", "month=2091-04");
    mvc.perform(
            get("/admin/calendar")
                .param("month", "2091-03")
                .param("day", worked.toString())
                .with(as(Role.CITY_ADMIN)))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("value=\"2091-03-03\""),
                        org.hamcrest.Matchers.containsString("value=\"网格调休\""))));
    for (LocalDate day : new LocalDate[] {holiday, worked}) {
      mvc.perform(
          post("/admin/calendar/remove")
              .param("day", day.toString())
              .with(as(Role.CITY_ADMIN))
              .with(csrf()));
    }
  }

  @Test
  void aMalformedMonthIsNamedAndTheCurrentMonthShown() throws Exception {
    mvc.perform(get("/admin/calendar").param("month", "2091-13").with(as(Role.CITY_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("月份：请按 年-月 填写"),
                        org.hamcrest.Matchers.containsString(
                            "data-month=\""
                                + java.time.YearMonth.from(cn.minzheng.shared.ChinaTime.today())
                                + "\""))));
  }

  private static String cellTag(String html, LocalDate day) {
    java.util.regex.Matcher tag =
        java.util.regex.Pattern.compile("<td[^>]*data-date=\"" + day + "\"[^>]*>").matcher(html);
    assertThat(tag.find()).as("cell of " + day).isTrue();
    return tag.group();
  }

  @Test
  void aCaseworkerCannotOpenOrChangeTheCalendar() throws Exception {
    mvc.perform(get("/admin/calendar").with(as(Role.STREET_CASEWORKER)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/calendar")
                .param("day", "2091-02-01")
                .param("name", "越权")
                .with(as(Role.STREET_CASEWORKER))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(calendar.publicHoliday(LocalDate.of(2091, 2, 1))).isEmpty();
  }

  private int audited(String action, LocalDate day) {
    return jdbc.sql("select count(*) from platform.audit_log where action = ? and target_id = ?")
        .params(action, day.toString())
        .query(Integer.class)
        .single();
  }
}
