package cn.minzheng.cockpit;

import java.time.Instant;
import java.util.List;

/**
 * A figure's values per region and the time the data behind them was current: now for live counts
 * and totals maintained with every change, the time of the last run for a nightly summary.
 */
public record FigureValues(List<RegionValue> values, Instant asOf) {

  public FigureValues {
    values = List.copyOf(values);
  }

  public static FigureValues live(List<RegionValue> values) {
    return new FigureValues(values, Instant.now());
  }
}
