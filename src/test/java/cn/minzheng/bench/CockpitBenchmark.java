package cn.minzheng.bench;

import cn.minzheng.assistance.run.MonthlyRun;
import cn.minzheng.cockpit.Period;
import cn.minzheng.cockpit.headline.ClosedPeriodSummary;
import cn.minzheng.cockpit.headline.Figures;
import cn.minzheng.cockpit.headline.ResidentCounts;
import cn.minzheng.payments.ProgrammeTotals;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark 5: the cockpit's headline figures — people and money per programme and district for a
 * half year — read from the totals {@code payments} maintains with every month ({@link
 * ProgrammeTotals}), next to the same figures counted live over the entitlements, to show why the
 * totals are maintained. The headline and trend pages are measured after the night's summary of
 * closed periods has run (timed on its own row). The five months before the monthly-run benchmark's
 * month are run first (untimed), so that the half year is full.
 */
final class CockpitBenchmark {

  static final String LIVE =
      """
      select programme, left(region_code, 6) as district,
             count(*) filter (where month = date '2026-12-01') as people, sum(amount) as money
        from payments.entitlement
       where month between date '2026-07-01' and date '2026-12-01'
       group by programme, left(region_code, 6)""";

  private static final int PAGES = 50;
  private static final String CITY = "510100000000";

  private final ApplicationContext context;
  private final JdbcClient jdbc;

  CockpitBenchmark(ApplicationContext context) {
    this.context = context;
    this.jdbc = context.getBean(JdbcClient.class);
  }

  List<BenchResult> run() {
    YearMonth last = MonthlyRunBenchmark.MONTH;
    MonthlyRun run = context.getBean(MonthlyRun.class);
    for (YearMonth m = last.minusMonths(5); m.isBefore(last); m = m.plusMonths(1)) {
      run.run(m, "bench");
    }
    long entitlements =
        jdbc.sql("select count(*) from payments.entitlement where month between ? and ?")
            .params(last.minusMonths(5).atDay(1), last.atDay(1))
            .query(Long.class)
            .single();
    ProgrammeTotals totals = context.getBean(ProgrammeTotals.class);
    SecurityContextHolder.getContext()
        .setAuthentication(
            StaffAuthentication.of(
                new StaffUser(0, "bench", "基准测试", "510100000000", Set.of(Role.CITY_ADMIN))));
    try {
      List<BenchResult> results = new ArrayList<>();
      results.add(
          pages(
              "cockpit headline from maintained totals (half year, by programme and district)",
              entitlements,
              () -> totals.byDistrict(last.minusMonths(5), last).size(),
              "maintained per region and month at each month's replacement"));
      BenchResult live =
          pages(
              "cockpit headline counted live over entitlements (for comparison)",
              entitlements,
              () -> jdbc.sql(LIVE).query().listOfRows().size(),
              "no aggregate: what the totals avoid");
      results.add(live);
      results.addAll(cockpitPages(entitlements, last, live.time()));
      return results;
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /**
   * What the cockpit's pages ask for at city scale, through its own service: the headline (every
   * contributed figure, the half year and the year before), its twelve-month trend (sparklines and
   * charts), one drill-down (低保金 by district, with the per-1,000 comparison) and that drill-down
   * one level further (a district by street). The floor is the live count over the entitlements for
   * as many pages, so the ratio printed is page time ÷ live-count time.
   */
  private List<BenchResult> cockpitPages(long size, YearMonth last, Duration liveForAllPages) {
    Figures figures = context.getBean(Figures.class);
    context.getBean(ResidentCounts.class).refresh();
    Period half = new Period(last.minusMonths(5).atDay(1), last.atEndOfMonth());
    String district =
        jdbc.sql(
                "select left(region_code, 6) || '000000' from payments.month_region_total"
                    + " where programme = 'DIBAO' and month = ? group by 1 order by sum(amount) desc"
                    + " limit 1")
            .param(last.atDay(1))
            .query(String.class)
            .optional()
            .orElse("510104000000");
    List<BenchResult> results = new ArrayList<>();
    results.add(nightlySummary(size));
    results.add(
        floored(
            pages(
                "cockpit headline page: every figure and the year before (Figures.headline)",
                size,
                () -> figures.headline(half, CITY).rows().size(),
                "all contributed figures: this half year live on the counting pool, the same half"
                    + " year before from the night's summary"),
            liveForAllPages));
    results.add(
        floored(
            pages(
                "cockpit headline trend: 12 months of every figure (sparklines, charts)",
                size,
                () -> figures.trend(half, CITY, Set.of()).series().size(),
                "11 closed months from the night's summary, the current month live on the counting"
                    + " pool; loaded by the page after the table"),
            liveForAllPages));
    results.add(
        floored(
            pages(
                "cockpit drill-down: 低保金 by district with residents per 1,000 (Figures.compare)",
                size,
                () -> figures.compare("dibao-money", half, CITY).rows().size(),
                "the districts of the city, this half year and the year before, residents"),
            liveForAllPages));
    results.add(
        floored(
            pages(
                "cockpit drill-down: 低保金 of the largest district by street",
                size,
                () -> figures.compare("dibao-money", half, district).rows().size(),
                "district " + district),
            liveForAllPages));
    return results;
  }

  /**
   * The night's count of the closed periods (every figure over every closed month, quarter, half
   * year and year of three years), which the headline's year before and the trend's past months
   * then read. Not a page: no latency target, its time is what the night spends.
   */
  private BenchResult nightlySummary(long size) {
    ClosedPeriodSummary summary = context.getBean(ClosedPeriodSummary.class);
    PeakHeap.reset();
    long started = System.nanoTime();
    summary.refreshRecent();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    long rows = jdbc.sql("select count(*) from cockpit.figure_summary").query(Long.class).single();
    long runs =
        jdbc.sql("select count(*) from cockpit.figure_summary_run").query(Long.class).single();
    return new BenchResult(
        "cockpit nightly summary of closed periods (ClosedPeriodSummary.refreshRecent)",
        size,
        took,
        BenchResult.perSecond(runs, took) + " figure-periods",
        null,
        "–",
        "–",
        PeakHeap.read(),
        runs + " figure-periods, " + rows + " node totals stored; run at night, untimed by pages");
  }

  /** The row with the live count of as many pages as its floor: the ratio is page ÷ live count. */
  private static BenchResult floored(BenchResult r, Duration live) {
    return new BenchResult(
        r.benchmark(),
        r.size(),
        r.time(),
        r.throughput(),
        live,
        r.target(),
        r.met(),
        r.peakHeapBytes(),
        r.note() + "; floor: the live count over the entitlements, same pages");
  }

  private BenchResult pages(String name, long size, Supplier<Integer> page, String how) {
    int rows = page.get();
    Latencies latencies = new Latencies(PAGES);
    PeakHeap.reset();
    long started = System.nanoTime();
    for (int i = 0; i < PAGES; i++) {
      long t = System.nanoTime();
      page.get();
      latencies.add(System.nanoTime() - t);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    return new BenchResult(
        name,
        size,
        took,
        BenchResult.perSecond(PAGES, took) + " pages",
        null,
        "< 200 ms per page",
        latencies.percentileMillis(95) < 200 ? "yes" : "NO",
        PeakHeap.read(),
        latencies.summary() + "; " + rows + " rows per page; " + how);
  }
}
