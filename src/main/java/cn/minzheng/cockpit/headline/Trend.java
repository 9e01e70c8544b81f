package cn.minzheng.cockpit.headline;

import cn.minzheng.cockpit.FigureSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Every figure month by month over the twelve months ending with a period's last month: the
 * headline's sparklines and its charts of money and people by month. A value is null where a rate
 * has no base in that month. {@code asOf}: the oldest time the data behind a value was current
 * (past months come from the night's summary), null without figures.
 */
public record Trend(List<YearMonth> months, List<Series> series, Instant asOf) {

  public Trend {
    months = List.copyOf(months);
    series = List.copyOf(series);
  }

  /** One figure's values, one per month of {@link #months()}. */
  public record Series(FigureSpec spec, List<BigDecimal> values) {}
}
