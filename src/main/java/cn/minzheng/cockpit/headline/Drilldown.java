package cn.minzheng.cockpit.headline;

import cn.minzheng.cockpit.Period;
import cn.minzheng.region.RegionNode;
import java.util.List;

/**
 * One drill-down level: the figure's total in the region, its value in each child region, the path
 * from the city for the breadcrumb, and whether a list of records can be shown below it.
 */
public record Drilldown(
    Period period,
    RegionNode region,
    List<RegionNode> path,
    boolean hasRecords,
    FigureRow total,
    List<FigureRow> rows) {}
