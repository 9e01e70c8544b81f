package cn.minzheng.cockpit.headline;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Period;
import cn.minzheng.region.RegionNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The headline of a period and region: every figure, and the brief's rows not yet connected. */
public record Headline(
    Period period, RegionNode region, List<FigureRow> rows, List<BriefRow> notConnected) {

  /** The oldest as-of time of the figures: the whole table is at least this current. */
  public Instant asOf() {
    return rows.stream()
        .map(FigureRow::asOf)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }
}
