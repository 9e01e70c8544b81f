package cn.minzheng.calendar.days;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.calendar.PublicHolidayDeclared;
import cn.minzheng.calendar.WorkingCalendar;
import cn.minzheng.testing.MigratedModules;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The working calendar starts with the platform alone (region included because the platform's data
 * scope needs the region tree, see {@code PlatformModuleTest}) and tells the other modules of a
 * public holiday listed ahead, so that those who planned the day (marriage's slots) can react.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "region")
class CalendarModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired CalendarDays days;
  @Autowired WorkingCalendar calendar;

  @Test
  void startsWithThePlatformsMigrationsAndItsOwn() {
    assertThat(MigratedModules.of(jdbc)).isEqualTo(Set.of("platform", "region", "calendar"));
  }

  @Test
  void aPublicHolidayListedAheadIsDeclaredToTheOtherModules(Scenario scenario) {
    LocalDate day = LocalDate.of(2098, 10, 8);
    scenario
        .stimulate(() -> days.list(day, "模块测试节", false, "test"))
        .andWaitForEventOfType(PublicHolidayDeclared.class)
        .matching(event -> event.day().equals(day))
        .toArriveAndVerify(
            event -> {
              assertThat(event.name()).isEqualTo("模块测试节");
              assertThat(calendar.isWorkingDay(day)).isFalse();
            });
  }
}
