package cn.minzheng.cockpit.headline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * A figure by child region next to the region's living residents, so that small and large districts
 * can be compared: the figure per 1,000 residents. {@code residentsCountedAt} is when the residents
 * were counted (null: not yet).
 */
public record Comparison(Drilldown drill, List<Compared> rows, Instant residentsCountedAt) {

  public Comparison {
    rows = List.copyOf(rows);
  }

  /** One child region: the figure, its residents and the figure per 1,000 of them. */
  public record Compared(FigureRow row, long residents) {

    /**
     * value × 1,000 ÷ residents with two decimals; null without residents, without a value, or for
     * a figure that is itself a rate (a rate per 1,000 residents of a rate means nothing).
     */
    public BigDecimal perThousand() {
      if (residents == 0 || row.value() == null || row.spec().measure().rate()) {
        return null;
      }
      return row.value()
          .multiply(BigDecimal.valueOf(1000))
          .divide(BigDecimal.valueOf(residents), 2, RoundingMode.HALF_UP);
    }
  }
}
