package cn.minzheng.cockpit;

import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import java.util.List;

/**
 * SPI: one figure of the bureau's report, contributed by the module that owns its data as a Spring
 * bean. The cockpit asks for the values of a period inside a region subtree and rolls them up by
 * region itself; a figure never reads the caller's data scope (the cockpit hands it the subtree it
 * may show). Figures over large tables read totals maintained as the data changes or a summary with
 * its as-of time, never millions of rows while a leader waits.
 */
public interface Figure {

  FigureSpec spec();

  /**
   * Values per region code for the period, restricted to {@code regions} ({@code unrestricted}: the
   * whole city). Codes may repeat; the cockpit sums them.
   */
  FigureValues values(Period period, RegionFilter regions);

  /**
   * The values of each of several periods (the cockpit's twelve-month trend), in their order. A
   * figure that can count them in one statement overrides this; by default one {@link #values} call
   * per period.
   */
  default List<FigureValues> valuesOfEach(List<Period> periods, RegionFilter regions) {
    return periods.stream().map(p -> values(p, regions)).toList();
  }

  /** True when {@link #records} lists who or what is behind the figure. */
  default boolean hasRecords() {
    return false;
  }

  /**
   * The records behind the figure in the period and regions, one page, in the figure's own order
   * (the page's sort field is ignored). Called only for scoped, audited list reads.
   */
  default PageResult<FigureRecord> records(Period period, RegionFilter regions, PageQuery page) {
    return new PageResult<>(List.of(), page, 0);
  }
}
