package cn.minzheng.cockpit.headline;

import cn.minzheng.cockpit.FigureSpec;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Every figure month by month over the twelve months ending with a period's last month: the
 * headline's sparklines and its charts of money and people by month. A value is null where a rate
 * has no base in that month.
 */
public record Trend(List<YearMonth> months, List<Series> series) {

  public Trend {
    months = List.copyOf(months);
    series = List.copyOf(series);
  }

  /** One figure's values, one per month of {@link #months()}. */
  public record Series(FigureSpec spec, List<BigDecimal> values) {}
}
