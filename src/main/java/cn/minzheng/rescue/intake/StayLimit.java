package cn.minzheng.rescue.intake;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The length of a stay (救助期限): generally not more than 10 days, the day of admission being the
 * first; longer only by a recorded extension with its reason (实施细则第十五条: 因特殊情况需要延长的，报上级民政主管部门备案).
 */
public final class StayLimit {

  /** Days of a stay without an extension. */
  public static final int DAYS = 10;

  private StayLimit() {}

  /** The day of the stay {@code day} is: 1 on the day of admission. */
  public static long dayOfStay(LocalDate admittedOn, LocalDate day) {
    return ChronoUnit.DAYS.between(admittedOn, day) + 1;
  }

  /** The last day the stay may last: the 10th day, or the day an extension runs to. */
  public static LocalDate lastDay(LocalDate admittedOn, LocalDate extendedUntil) {
    return extendedUntil != null ? extendedUntil : admittedOn.plusDays(DAYS - 1L);
  }

  /** Whether a stay still open on {@code day} (or left that day) is beyond its limit. */
  public static boolean overdue(LocalDate admittedOn, LocalDate extendedUntil, LocalDate day) {
    return day.isAfter(lastDay(admittedOn, extendedUntil));
  }
}
