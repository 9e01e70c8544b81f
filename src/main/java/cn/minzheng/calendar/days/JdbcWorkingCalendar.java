package cn.minzheng.calendar.days;

import cn.minzheng.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the listed days of the window a computation needs, one query per window: the calendar is
 * changed by administrators at any time (and by another instance), so nothing is cached.
 */
@Component
class JdbcWorkingCalendar implements WorkingCalendar {

  /** Days read per query when counting forward; a year covers every real deadline at once. */
  private static final int WINDOW_DAYS = 366;

  private final JdbcClient jdbc;

  JdbcWorkingCalendar(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean isWorkingDay(LocalDate day) {
    return working(day, listed(day, day));
  }

  @Override
  public Optional<String> publicHoliday(LocalDate day) {
    return jdbc.sql("select name from calendar.calendar_day where day = ? and not working")
        .param(day)
        .query(String.class)
        .optional();
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("working days must not be negative: " + days);
    }
    LocalDate day = from;
    int counted = 0;
    while (counted < days) {
      LocalDate windowEnd = day.plusDays(WINDOW_DAYS);
      Map<LocalDate, Boolean> listed = listed(day.plusDays(1), windowEnd);
      while (counted < days && day.isBefore(windowEnd)) {
        day = day.plusDays(1);
        if (working(day, listed)) {
          counted++;
        }
      }
    }
    return day;
  }

  @Override
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    Map<LocalDate, Boolean> listed = listed(from.plusDays(1), to);
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (working(d, listed)) {
        n++;
      }
    }
    return n;
  }

  static boolean working(LocalDate day, Map<LocalDate, Boolean> listed) {
    Boolean working = listed.get(day);
    if (working != null) {
      return working;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private Map<LocalDate, Boolean> listed(LocalDate from, LocalDate to) {
    Map<LocalDate, Boolean> listed = new HashMap<>();
    jdbc.sql("select day, working from calendar.calendar_day where day between ? and ?")
        .params(from, to)
        .query((rs, n) -> listed.put(rs.getObject(1, LocalDate.class), rs.getBoolean(2)))
        .list();
    return listed;
  }
}
