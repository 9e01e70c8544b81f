package cn.minzheng.cockpit;

import cn.minzheng.shared.ChinaTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A reporting period, both days inclusive (Beijing dates). A figure counted per payment month
 * counts the months from {@link #firstMonth()} to {@link #lastMonth()}; a figure of dated events
 * counts the days; a figure of timestamps counts from {@link #start()} to {@link #endExclusive()}.
 */
public record Period(LocalDate from, LocalDate to) {

  public Period {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("a period needs from <= to");
    }
  }

  public YearMonth firstMonth() {
    return YearMonth.from(from);
  }

  public YearMonth lastMonth() {
    return YearMonth.from(to);
  }

  /** The same period a year before (29 February falls back to the 28th). */
  public Period yearBefore() {
    return new Period(from.minusYears(1), to.minusYears(1));
  }

  public Instant start() {
    return from.atStartOfDay(ChinaTime.ZONE).toInstant();
  }

  public Instant endExclusive() {
    return to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
  }

  @Override
  public String toString() {
    return from + "至" + to;
  }
}
