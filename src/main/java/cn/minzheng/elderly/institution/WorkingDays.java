package cn.minzheng.elderly.institution;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days for the filing deadline: Monday to Friday. Public holidays and the adjusted weekend
 * working days (调休) of the State Council's yearly notice are not modelled yet, so a deadline over a
 * holiday is earlier than the legal one (it never lets a late filing pass as on time... except over
 * 调休 Saturdays, which are rare).
 */
public final class WorkingDays {

  private WorkingDays() {}

  /** The day {@code n} working days after {@code day}. */
  public static LocalDate after(LocalDate day, int n) {
    LocalDate d = day;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }
}
