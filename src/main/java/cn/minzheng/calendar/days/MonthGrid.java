package cn.minzheng.calendar.days;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One month of the working calendar as the wall calendar shows it: weeks from Monday (周一) to Sunday
 * (周日), the days of the months before and after filling the first and last week, each day working
 * or not by the same rule as {@link JdbcWorkingCalendar} — a listed day by its listing (放假 or
 * 调休上班), any other day by the weekday.
 */
public record MonthGrid(YearMonth month, List<List<Cell>> weeks) {

  static final List<String> WEEKDAYS = List.of("周一", "周二", "周三", "周四", "周五", "周六", "周日");

  /** A day of the grid; {@code listed} is the calendar's entry for it, if any. */
  public record Cell(LocalDate day, boolean inMonth, boolean today, @Nullable CalendarDay listed) {

    public boolean weekend() {
      return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Whether the day is a working day: as listed, otherwise Monday to Friday. */
    public boolean working() {
      return listed != null ? listed.working() : !weekend();
    }

    /** The cell's look: 放假 (listed holiday), 调休 (listed worked weekend day), 休息 or 工作日. */
    public String kind() {
      if (listed != null) {
        return listed.working() ? "adjusted" : "holiday";
      }
      return weekend() ? "rest" : "work";
    }
  }

  static MonthGrid of(YearMonth month, List<CalendarDay> listed, LocalDate today) {
    Map<LocalDate, CalendarDay> byDay =
        listed.stream().collect(Collectors.toMap(CalendarDay::day, Function.identity()));
    LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    List<List<Cell>> weeks = new ArrayList<>();
    for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
      List<Cell> week = new ArrayList<>(7);
      for (int i = 0; i < 7; i++) {
        LocalDate day = monday.plusDays(i);
        week.add(
            new Cell(day, YearMonth.from(day).equals(month), day.equals(today), byDay.get(day)));
      }
      weeks.add(List.copyOf(week));
    }
    return new MonthGrid(month, List.copyOf(weeks));
  }

  public List<String> weekdays() {
    return WEEKDAYS;
  }

  public YearMonth previous() {
    return month.minusMonths(1);
  }

  public YearMonth next() {
    return month.plusMonths(1);
  }

  /** 2026年10月 */
  public String title() {
    return month.getYear() + "年" + month.getMonthValue() + "月";
  }
}
