package cn.minzheng.cockpit.web;

import cn.minzheng.cockpit.FigureSpec;
import cn.minzheng.cockpit.Measure;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * How the cockpit writes figures: thousands separators, money of 10,000 yuan and more in 万元, rates
 * with one decimal, the as-of time in Beijing time, and "—" where there is nothing to show.
 */
public final class FigureFormat {

  static final FigureFormat INSTANCE = new FigureFormat();

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final DateTimeFormatter AS_OF =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ChinaTime.ZONE);

  private FigureFormat() {}

  public String value(FigureSpec spec, BigDecimal value) {
    if (value == null) {
      return "—";
    }
    if (spec.measure() == Measure.MONEY) {
      return value.abs().compareTo(TEN_THOUSAND) >= 0
          ? new DecimalFormat("#,##0.00").format(value.divide(TEN_THOUSAND)) + " 万元"
          : new DecimalFormat("#,##0.00").format(value) + " 元";
    }
    String pattern = spec.measure().rate() ? "#,##0.0" : "#,##0";
    return new DecimalFormat(pattern).format(value) + " " + spec.unit();
  }

  /** A figure per 1,000 residents: money in 元, counts with two decimals. */
  public String perThousand(FigureSpec spec, BigDecimal value) {
    if (value == null) {
      return "—";
    }
    String unit = spec.measure() == Measure.MONEY ? "元" : spec.unit();
    return new DecimalFormat("#,##0.00").format(value) + " " + unit;
  }

  public String change(BigDecimal percent) {
    if (percent == null) {
      return "—";
    }
    return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
  }

  public String asOf(Instant instant) {
    return instant == null ? "—" : AS_OF.format(instant) + "（北京时间）";
  }
}
