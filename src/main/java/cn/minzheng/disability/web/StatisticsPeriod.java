package cn.minzheng.disability.web;

import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import cn.minzheng.shared.PlausibleDate.Span;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** The months a statistics page counts: the last six up to this month unless the form says. */
record StatisticsPeriod(YearMonth from, YearMonth to) {

  static StatisticsPeriod of(@Nullable String from, @Nullable String to) {
    YearMonth last = month(to, YearMonth.from(ChinaTime.today()));
    YearMonth first = month(from, last.minusMonths(5));
    return new StatisticsPeriod(first.isAfter(last) ? last : first, last);
  }

  private static YearMonth month(@Nullable String text, YearMonth fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      // an absurd month (year 0001, 9999) is read as no month, like an unreadable one
      return PlausibleDate.parseMonth(text, Span.ANY, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      return fallback;
    }
  }

  @Override
  public String toString() {
    return from + ".." + to;
  }
}
