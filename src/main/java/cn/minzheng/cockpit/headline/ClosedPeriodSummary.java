package cn.minzheng.cockpit.headline;

import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureValues;
import cn.minzheng.cockpit.Period;
import cn.minzheng.cockpit.RegionValue;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures of closed periods — periods that ended before the current month — counted at night
 * into a total per region node ({@code cockpit.figure_summary}), so that the headline's year before
 * and the trend's eleven past months are a few indexed rows while a leader waits. A correction
 * entered later into a closed month shows after the next night's count; the page shows the time the
 * summary was counted as its as-of time. A period without a summary is counted live.
 *
 * <p>A node's total is the sum of the values whose region code lies in the node's subtree, exactly
 * the restriction a live count of that node applies ({@link RegionHierarchy#subtreeOf}); the city's
 * total is every value, as the city's live count is unrestricted.
 */
@Component
public class ClosedPeriodSummary {

  /** How many years back the night's count reaches: the trend and year-before of last year. */
  static final int YEARS = 3;

  private final JdbcClient jdbc;
  private final FigureCatalogue catalogue;
  private final RegionQuery regions;
  private final RegionHierarchy hierarchy;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final boolean countOnStart;

  ClosedPeriodSummary(
      JdbcClient jdbc,
      FigureCatalogue catalogue,
      RegionQuery regions,
      RegionHierarchy hierarchy,
      TransactionTemplate transaction,
      @Value("${minzheng.cockpit.summary.count-on-start:false}") boolean countOnStart) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.regions = regions;
    this.hierarchy = hierarchy;
    this.transaction = transaction;
    this.clock = Clock.system(ChinaTime.ZONE);
    this.countOnStart = countOnStart;
  }

  /** True when every day of the period lies before the current month (Beijing). */
  boolean closed(Period period) {
    return period.to().isBefore(YearMonth.now(clock).atDay(1));
  }

  /**
   * Every month, quarter, half year and year of the last {@value #YEARS} calendar years that is
   * closed: what the pages' period choices and the trends ask for.
   */
  List<Period> recentClosedPeriods() {
    List<Period> periods = new ArrayList<>();
    int thisYear = LocalDate.now(clock).getYear();
    for (int year = thisYear - YEARS + 1; year <= thisYear; year++) {
      for (int months : new int[] {1, 3, 6, 12}) {
        for (int first = 1; first <= 12; first += months) {
          YearMonth start = YearMonth.of(year, first);
          Period p = new Period(start.atDay(1), start.plusMonths(months - 1L).atEndOfMonth());
          if (closed(p)) {
            periods.add(p);
          }
        }
      }
    }
    return periods;
  }

  /** The night's count: every figure over the recent closed periods. */
  @Scheduled(cron = "${minzheng.cockpit.summary.cron:0 15 2 * * *}", zone = "Asia/Shanghai")
  public void refreshRecent() {
    refresh(recentClosedPeriods());
  }

  /** The first count when the demo starts (off by default: see application-demo.yml). */
  @EventListener(ApplicationReadyEvent.class)
  void countOnStartIfAsked() {
    if (countOnStart) {
      refreshRecent();
    }
  }

  /**
   * Counts every figure over the closed ones of {@code periods} (one statement per figure for all
   * of them) and replaces their summaries, one transaction per figure: a reader sees a figure's old
   * summary or its new one, never half. Returns the number of rows stored.
   */
  public int refresh(List<Period> periods) {
    List<Period> closed = periods.stream().filter(this::closed).distinct().toList();
    if (closed.isEmpty()) {
      return 0;
    }
    Map<String, List<String>> containers = containingNodes();
    String city = cityCode();
    int stored = 0;
    for (Figure figure : catalogue.figures()) {
      List<FigureValues> counted = figure.valuesOfEach(closed, RegionFilter.all());
      Instant countedAt = Instant.now();
      List<Object[]> rows = new ArrayList<>();
      for (int i = 0; i < closed.size(); i++) {
        Period period = closed.get(i);
        rollUp(counted.get(i).values(), containers, city)
            .forEach(
                (code, tally) ->
                    rows.add(
                        new Object[] {
                          period.from(), period.to(), code, tally.value(), tally.base()
                        }));
      }
      stored += rows.size();
      String code = figure.spec().code();
      transaction.executeWithoutResult(status -> replace(code, closed, rows, countedAt));
    }
    return stored;
  }

  /**
   * The summarised totals of a node for each figure and period that has a summary (the others are
   * absent from the answer), each with the time it was counted.
   */
  Map<Key, FigureValues> read(List<String> figureCodes, List<Period> periods, String nodeCode) {
    List<Period> closed = periods.stream().filter(this::closed).distinct().toList();
    Map<Key, FigureValues> found = new HashMap<>();
    if (closed.isEmpty() || figureCodes.isEmpty()) {
      return found;
    }
    jdbc.sql(
            """
            select r.figure_code, r.period_from, r.period_to, r.counted_at,
                   coalesce(s.value, 0) as value, coalesce(s.base, 0) as base
              from cockpit.figure_summary_run r
              join unnest(cast(:froms as date[]), cast(:tos as date[])) as p(period_from, period_to)
                on (p.period_from, p.period_to) = (r.period_from, r.period_to)
              left join cockpit.figure_summary s
                on (s.figure_code, s.period_from, s.period_to, s.region_code)
                 = (r.figure_code, r.period_from, r.period_to, :node)
             where r.figure_code = any(:codes)""")
        .param("froms", closed.stream().map(p -> p.from().toString()).toArray(String[]::new))
        .param("tos", closed.stream().map(p -> p.to().toString()).toArray(String[]::new))
        .param("node", nodeCode)
        .param("codes", figureCodes.toArray(String[]::new))
        .query(
            (RowCallbackHandler)
                rs -> {
                  Key key =
                      new Key(
                          rs.getString("figure_code"),
                          new Period(
                              rs.getObject("period_from", LocalDate.class),
                              rs.getObject("period_to", LocalDate.class)));
                  FigureValues values =
                      new FigureValues(
                          List.of(
                              new RegionValue(
                                  nodeCode, rs.getBigDecimal("value"), rs.getBigDecimal("base"))),
                          rs.getObject("counted_at", OffsetDateTime.class).toInstant());
                  found.put(key, values);
                });
    return found;
  }

  /** A figure in a period. */
  record Key(String figureCode, Period period) {}

  private void replace(String code, List<Period> periods, List<Object[]> rows, Instant countedAt) {
    String[] froms = periods.stream().map(p -> p.from().toString()).toArray(String[]::new);
    String[] tos = periods.stream().map(p -> p.to().toString()).toArray(String[]::new);
    jdbc.sql(
            """
            delete from cockpit.figure_summary s
             using unnest(cast(:froms as date[]), cast(:tos as date[])) as p(period_from, period_to)
             where s.figure_code = :code
               and (s.period_from, s.period_to) = (p.period_from, p.period_to)""")
        .param("froms", froms)
        .param("tos", tos)
        .param("code", code)
        .update();
    jdbc.sql(
            """
            insert into cockpit.figure_summary
                   (figure_code, period_from, period_to, region_code, value, base)
            select :code, f, t, r, v, b
              from unnest(cast(:froms as date[]), cast(:tos as date[]), cast(:regions as text[]),
                          cast(:values as numeric[]), cast(:bases as numeric[])) as x(f, t, r, v, b)""")
        .param("code", code)
        .param("froms", rows.stream().map(r -> r[0].toString()).toArray(String[]::new))
        .param("tos", rows.stream().map(r -> r[1].toString()).toArray(String[]::new))
        .param("regions", rows.stream().map(r -> (String) r[2]).toArray(String[]::new))
        .param("values", rows.stream().map(r -> (BigDecimal) r[3]).toArray(BigDecimal[]::new))
        .param("bases", rows.stream().map(r -> (BigDecimal) r[4]).toArray(BigDecimal[]::new))
        .update();
    jdbc.sql(
            """
            insert into cockpit.figure_summary_run (figure_code, period_from, period_to, counted_at)
            select :code, f, t, :at
              from unnest(cast(:froms as date[]), cast(:tos as date[])) as p(f, t)
            on conflict (figure_code, period_from, period_to)
            do update set counted_at = excluded.counted_at""")
        .param("code", code)
        .param("froms", froms)
        .param("tos", tos)
        .param("at", OffsetDateTime.ofInstant(countedAt, ZoneOffset.UTC))
        .update();
  }

  /** For each region code, the nodes whose subtree holds it (itself included). */
  private Map<String, List<String>> containingNodes() {
    Map<String, List<String>> containers = new HashMap<>();
    for (RegionNode node : regions.all()) {
      if (node.level() == RegionLevel.CITY) {
        continue;
      }
      for (String code : hierarchy.subtreeOf(node.code())) {
        containers.computeIfAbsent(code, c -> new ArrayList<>()).add(node.code());
      }
    }
    return containers;
  }

  private String cityCode() {
    return regions.all().stream()
        .filter(n -> n.level() == RegionLevel.CITY)
        .map(RegionNode::code)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the region tree has no city"));
  }

  /** The values summed per node whose subtree holds them; the city sums every value. */
  private static Map<String, Tally> rollUp(
      List<RegionValue> values, Map<String, List<String>> containers, String city) {
    Map<String, Tally> byNode = new LinkedHashMap<>();
    for (RegionValue v : values) {
      byNode.merge(city, Tally.ZERO.plus(v), Tally::add);
      for (String node : containers.getOrDefault(v.regionCode(), List.of())) {
        byNode.merge(node, Tally.ZERO.plus(v), Tally::add);
      }
    }
    byNode.values().removeIf(t -> t.value().signum() == 0 && t.base().signum() == 0);
    return byNode;
  }
}
