package cn.minzheng.calendar.days;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.calendar.WorkingCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Working days by the State Council's 2026 notice (国办发明电〔2025〕7号): 春节 2-15..2-23 off with Saturdays
 * 2-14 and 2-28 worked; 国庆节 10-01..10-07 off with Sunday 9-20 and Saturday 10-10 worked.
 */
@SpringBootTest
class WorkingCalendarTest {

  @Autowired WorkingCalendar calendar;

  @Test
  void aWorkedSaturdayIsAWorkingDayAndAHolidayMondayIsNot() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
    // plain days: a Thursday works, a Saturday does not
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 17))).isFalse();
  }

  @Test
  void theDayAfterTheWorkedSaturdayBeforeSpringFestivalIsTheFirstDayAfterIt() {
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1))
        .isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 14), 1))
        .isEqualTo(LocalDate.of(2026, 2, 24));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 14), 0))
        .isEqualTo(LocalDate.of(2026, 2, 14));
  }

  @Test
  void thirtyWorkingDaysAcrossSpringFestival() {
    // from Monday 2-02: 2-03..2-06 (4), 2-09..2-13 (9), 2-14 (10), 2-24..2-27 (14), 2-28 (15),
    // 3-02..3-06 (20), 3-09..3-13 (25), 3-16..3-20 (30)
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 2), 30))
        .isEqualTo(LocalDate.of(2026, 3, 20));
  }

  @Test
  void workingDaysBetweenCountTheWorkedSaturdayAndNotTheHolidays() {
    // after 9-30 up to 10-10: 10-08, 10-09 and the worked Saturday 10-10
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10)))
        .isEqualTo(3);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 10)))
        .isZero();
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 9)))
        .isZero();
  }

  @Test
  void namesThePublicHolidayOfADay() {
    assertThat(calendar.publicHoliday(LocalDate.of(2026, 10, 1))).contains("国庆节");
    assertThat(calendar.publicHoliday(LocalDate.of(2026, 6, 19))).contains("端午节");
    assertThat(calendar.publicHoliday(LocalDate.of(2026, 10, 10))).isEmpty();
    assertThat(calendar.publicHoliday(LocalDate.of(2026, 10, 9))).isEmpty();
  }

  @Test
  void everyYearFrom2023To2026HasItsNoticeLoaded() {
    // 2023: 春节 1-21..1-27, worked 1-28/1-29; 2024: 春节 2-10..2-17; 2025: 国庆 10-01..10-08
    assertThat(calendar.isWorkingDay(LocalDate.of(2023, 1, 27))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2023, 1, 29))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 16))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 18))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
  }
}
