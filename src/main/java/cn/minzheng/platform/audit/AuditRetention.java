package cn.minzheng.platform.audit;

import java.time.LocalDate;
import java.time.Period;

/** The legal floor of audit retention: six months (Cybersecurity Law art. 21). */
final class AuditRetention {

  static final Period MINIMUM = Period.ofMonths(6);

  private AuditRetention() {}

  /**
   * A period passes when, counted from any day, it reaches at least as far as six months do. Days
   * and months do not convert exactly ({@code P180D} is shorter than six months from 1 July), so
   * every start day of a four-year leap cycle is tried.
   */
  static void requireAtLeastSixMonths(Period retention) {
    if (retention == null || retention.isNegative() || !coversSixMonthsFromEveryDay(retention)) {
      throw new IllegalStateException(
          "minzheng.audit.retention must be at least 6 months (P6M), was " + retention);
    }
  }

  private static boolean coversSixMonthsFromEveryDay(Period retention) {
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int day = 0; day < 4 * 366; day++) {
      LocalDate from = start.plusDays(day);
      if (from.plus(retention).isBefore(from.plus(MINIMUM))) {
        return false;
      }
    }
    return true;
  }
}
