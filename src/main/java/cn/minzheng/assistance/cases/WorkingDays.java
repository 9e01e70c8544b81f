package cn.minzheng.assistance.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Working days: Monday to Friday, except public holidays of {@code assistance.holiday}, plus the
 * weekend days listed there as working (调休).
 */
@Component("assistanceWorkingDays")
public class WorkingDays {

  private final JdbcClient jdbc;

  WorkingDays(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The date {@code days} working days after {@code from} (from itself not counted). */
  public LocalDate plus(LocalDate from, int days) {
    Map<LocalDate, Boolean> calendar = calendar(from, from.plusDays(days * 3L + 30));
    LocalDate d = from;
    int counted = 0;
    while (counted < days) {
      d = d.plusDays(1);
      if (working(d, calendar)) {
        counted++;
      }
    }
    return d;
  }

  /** Working days after {@code from} up to and including {@code to}. */
  public int between(LocalDate from, LocalDate to) {
    Map<LocalDate, Boolean> calendar = calendar(from, to);
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (working(d, calendar)) {
        n++;
      }
    }
    return n;
  }

  private static boolean working(LocalDate d, Map<LocalDate, Boolean> calendar) {
    Boolean listed = calendar.get(d);
    if (listed != null) {
      return listed;
    }
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private Map<LocalDate, Boolean> calendar(LocalDate from, LocalDate to) {
    Map<LocalDate, Boolean> map = new HashMap<>();
    jdbc.sql("select day, working from assistance.holiday where day between ? and ?")
        .params(from, to)
        .query((rs, n) -> map.put(rs.getObject(1, LocalDate.class), rs.getBoolean(2)))
        .list();
    return map;
  }
}
