package cn.minzheng.cockpit.headline;

import cn.minzheng.cockpit.FigureSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A figure's value for the period next to the same period a year before; {@code name} is the
 * region's name on a drill-down level (null on the headline). Values are null where a rate has no
 * base.
 */
public record FigureRow(
    FigureSpec spec,
    String regionCode,
    String name,
    BigDecimal value,
    BigDecimal yearBefore,
    Instant asOf) {

  /**
   * The change against the year before in percent (one decimal), null without a base to compare.
   */
  public BigDecimal changePercent() {
    if (value == null || yearBefore == null || yearBefore.signum() == 0) {
      return null;
    }
    return value
        .subtract(yearBefore)
        .multiply(BigDecimal.valueOf(100))
        .divide(yearBefore, 1, RoundingMode.HALF_UP);
  }
}
