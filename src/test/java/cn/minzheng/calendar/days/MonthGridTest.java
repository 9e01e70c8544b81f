package cn.minzheng.calendar.days;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The month grid: weeks from Monday to Sunday, listed days as listed, other days by weekday. */
class MonthGridTest {

  @Test
  void aMonthBeginningOnASundayStartsOnTheMondayBeforeAndEndsOnTheSundayAfter() {
    // 2026-02-01 is a Sunday, 2026-02-28 a Saturday
    MonthGrid grid = MonthGrid.of(YearMonth.of(2026, 2), List.of(), LocalDate.of(2026, 2, 10));

    assertThat(grid.weeks()).hasSize(5);
    assertThat(grid.weeks().get(0).get(0).day()).isEqualTo(LocalDate.of(2026, 1, 26));
    assertThat(grid.weeks().get(0).get(6).day()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(grid.weeks().get(4).get(6).day()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(grid.weeks().get(0).get(0).inMonth()).isFalse();
    assertThat(grid.weeks().get(0).get(6).inMonth()).isTrue();
    assertThat(grid.weeks().get(4).get(6).inMonth()).isFalse();
    assertThat(grid.weeks().stream().flatMap(List::stream).filter(MonthGrid.Cell::today))
        .singleElement()
        .extracting(MonthGrid.Cell::day)
        .isEqualTo(LocalDate.of(2026, 2, 10));
    assertThat(grid.title()).isEqualTo("2026年2月");
    assertThat(grid.previous()).isEqualTo(YearMonth.of(2026, 1));
    assertThat(grid.next()).isEqualTo(YearMonth.of(2026, 3));
  }

  @Test
  void aListedHolidayAndAWorkedSaturdayTurnTheWeekdayRuleAround() {
    // 2026: 春节 放假 Mon 2026-02-16 .. ; 调休上班 Sat 2026-02-14 (State Council notice 2025)
    CalendarDay holiday = new CalendarDay(LocalDate.of(2026, 2, 16), "春节", false, "t");
    CalendarDay worked = new CalendarDay(LocalDate.of(2026, 2, 14), "春节调休", true, "t");
    MonthGrid grid =
        MonthGrid.of(YearMonth.of(2026, 2), List.of(holiday, worked), LocalDate.of(2026, 1, 1));

    MonthGrid.Cell monday = cell(grid, LocalDate.of(2026, 2, 16));
    MonthGrid.Cell saturday = cell(grid, LocalDate.of(2026, 2, 14));
    MonthGrid.Cell sunday = cell(grid, LocalDate.of(2026, 2, 15));
    MonthGrid.Cell tuesday = cell(grid, LocalDate.of(2026, 2, 24));

    assertThat(monday.working()).isFalse();
    assertThat(monday.kind()).isEqualTo("holiday");
    assertThat(monday.listed()).isEqualTo(holiday);
    assertThat(saturday.working()).isTrue();
    assertThat(saturday.kind()).isEqualTo("adjusted");
    assertThat(sunday.working()).isFalse();
    assertThat(sunday.kind()).isEqualTo("rest");
    assertThat(tuesday.working()).isTrue();
    assertThat(tuesday.kind()).isEqualTo("work");
    // every row is Monday to Sunday
    assertThat(grid.weeks())
        .allSatisfy(
            week -> {
              assertThat(week).hasSize(7);
              assertThat(week.get(0).day().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            });
  }

  private static MonthGrid.Cell cell(MonthGrid grid, LocalDate day) {
    return grid.weeks().stream()
        .flatMap(List::stream)
        .filter(c -> c.day().equals(day))
        .findFirst()
        .orElseThrow();
  }
}
