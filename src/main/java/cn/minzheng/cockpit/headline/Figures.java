package cn.minzheng.cockpit.headline;

import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureRecord;
import cn.minzheng.cockpit.FigureSpec;
import cn.minzheng.cockpit.FigureValues;
import cn.minzheng.cockpit.Period;
import cn.minzheng.cockpit.RegionValue;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Counts the figures for a period and a region subtree: the headline (every figure), a figure by
 * child region (drill-down), and the records behind a figure. The caller (page, API) has checked
 * that the region lies in the user's scope; here the region's subtree is what every figure is
 * restricted to.
 */
@Service
public class Figures {

  private final FigureCatalogue catalogue;
  private final RegionQuery regions;
  private final RegionHierarchy hierarchy;
  private final RegionRollup rollup;
  private final ResidentCounts residents;
  private final FigureCounting counting;

  Figures(
      FigureCatalogue catalogue,
      RegionQuery regions,
      RegionHierarchy hierarchy,
      RegionRollup rollup,
      ResidentCounts residents,
      FigureCounting counting) {
    this.catalogue = catalogue;
    this.regions = regions;
    this.hierarchy = hierarchy;
    this.rollup = rollup;
    this.residents = residents;
    this.counting = counting;
  }

  /**
   * Every figure in the period and the year before. A closed period comes from the night's summary
   * when there is one (the row's as-of time is then the summary's), the rest is counted live, the
   * figures side by side on the counting pool.
   */
  public Headline headline(Period period, String regionCode) {
    RegionNode region = region(regionCode);
    List<Figure> all = catalogue.figures();
    List<List<FigureValues>> counted =
        counting.count(all, List.of(period, period.yearBefore()), region.code(), subtree(region));
    List<FigureRow> rows = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      FigureValues now = counted.get(i).get(0);
      FigureValues before = counted.get(i).get(1);
      FigureSpec spec = all.get(i).spec();
      rows.add(
          new FigureRow(
              spec,
              region.code(),
              region.name(),
              total(now.values()).result(spec.measure()),
              total(before.values()).result(spec.measure()),
              older(now.asOf(), before.asOf())));
    }
    return new Headline(period, region, rows, catalogue.notConnected());
  }

  /** The number of months a trend shows: a year, so that a season's swing is visible. */
  public static final int TREND_MONTHS = 12;

  /**
   * Every figure (or those of {@code codes}, when not empty) in each of the twelve months ending
   * with the period's last month, in the region's subtree.
   */
  public Trend trend(Period period, String regionCode, Set<String> codes) {
    RegionNode region = region(regionCode);
    List<YearMonth> months = new ArrayList<>();
    List<Period> periods = new ArrayList<>();
    for (int back = TREND_MONTHS - 1; back >= 0; back--) {
      YearMonth month = period.lastMonth().minusMonths(back);
      months.add(month);
      periods.add(new Period(month.atDay(1), month.atEndOfMonth()));
    }
    List<Figure> chosen =
        catalogue.figures().stream()
            .filter(f -> codes.isEmpty() || codes.contains(f.spec().code()))
            .toList();
    List<List<FigureValues>> counted =
        counting.count(chosen, periods, region.code(), subtree(region));
    List<Trend.Series> series = new ArrayList<>();
    Instant asOf = null;
    for (int i = 0; i < chosen.size(); i++) {
      List<BigDecimal> values = new ArrayList<>();
      for (FigureValues ofMonth : counted.get(i)) {
        values.add(total(ofMonth.values()).result(chosen.get(i).spec().measure()));
        asOf = older(asOf, ofMonth.asOf());
      }
      series.add(new Trend.Series(chosen.get(i).spec(), values));
    }
    return new Trend(months, series, asOf);
  }

  private static Instant older(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  /** The figure in each child region next to its living residents (per 1,000 comparison). */
  public Comparison compare(String figureCode, Period period, String regionCode) {
    Drilldown drill = drill(figureCode, period, regionCode);
    ResidentCounts.Counts counts = residents.current();
    Map<String, Tally> living = byChild(drill.region().code(), counts.values(), rollup.parents());
    List<Comparison.Compared> rows = new ArrayList<>();
    for (FigureRow row : drill.rows()) {
      rows.add(
          new Comparison.Compared(
              row, living.getOrDefault(row.regionCode(), Tally.ZERO).value().longValue()));
    }
    return new Comparison(drill, rows, counts.countedAt());
  }

  /** The figure in each child of the region (the region itself first when values sit on it). */
  public Drilldown drill(String figureCode, Period period, String regionCode) {
    Figure figure = figure(figureCode);
    RegionNode region = region(regionCode);
    RegionFilter subtree = subtree(region);
    RegionRollup.Parents parents = rollup.parents();
    List<FigureValues> both = figure.valuesOfEach(List.of(period, period.yearBefore()), subtree);
    FigureValues now = both.get(0);
    Map<String, Tally> current = byChild(region.code(), now.values(), parents);
    Map<String, Tally> before = byChild(region.code(), both.get(1).values(), parents);
    FigureSpec spec = figure.spec();
    List<FigureRow> rows = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    if (current.containsKey(region.code()) || before.containsKey(region.code())) {
      codes.add(region.code());
    }
    regions.children(region.code()).stream()
        .filter(child -> !child.retiredOn(period.to()) || current.containsKey(child.code()))
        .map(RegionNode::code)
        .forEach(codes::add);
    for (String code : codes) {
      rows.add(
          new FigureRow(
              spec,
              code,
              code.equals(region.code()) ? region.name() + "（本级）" : hierarchy.nameOf(code),
              current.getOrDefault(code, Tally.ZERO).result(spec.measure()),
              before.getOrDefault(code, Tally.ZERO).result(spec.measure()),
              now.asOf()));
    }
    return new Drilldown(
        period,
        region,
        regions.path(region.code()),
        figure.hasRecords(),
        new FigureRow(
            spec,
            region.code(),
            region.name(),
            total(now.values()).result(spec.measure()),
            null,
            now.asOf()),
        rows);
  }

  public PageResult<FigureRecord> records(
      String figureCode, Period period, String regionCode, PageQuery page) {
    Figure figure = figure(figureCode);
    RegionNode region = region(regionCode);
    return figure.records(period, subtree(region), page);
  }

  public Figure figure(String code) {
    return catalogue.find(code).orElseThrow(() -> new RecordNotFoundException("figure " + code));
  }

  public RegionNode region(String code) {
    return Optional.ofNullable(code)
        .flatMap(regions::find)
        .orElseThrow(() -> new RecordNotFoundException("region " + code));
  }

  /** The city needs no predicate; below it, the node's subtree (retired codes included). */
  private RegionFilter subtree(RegionNode region) {
    return region.level() == RegionLevel.CITY
        ? RegionFilter.all()
        : RegionFilter.of(hierarchy.subtreeOf(region.code()));
  }

  private static Tally total(List<RegionValue> values) {
    Tally tally = Tally.ZERO;
    for (RegionValue v : values) {
      tally = tally.plus(v);
    }
    return tally;
  }

  private static Map<String, Tally> byChild(
      String node, List<RegionValue> values, RegionRollup.Parents parents) {
    Map<String, Tally> byChild = new LinkedHashMap<>();
    for (RegionValue v : values) {
      parents
          .childOf(node, v.regionCode())
          .ifPresent(child -> byChild.merge(child, Tally.ZERO.plus(v), Tally::add));
    }
    return byChild;
  }
}
