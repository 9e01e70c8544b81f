package cn.minzheng.bench;

import java.time.Duration;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark 5: the cockpit's headline figures — people and money per programme for a half year, by
 * district — straight from the entitlements (no aggregate table), repeated to get a page time.
 */
final class CockpitBenchmark {

  static final String HEADLINE =
      """
      select programme, left(region_code, 6) as district, count(distinct person_id) as people,
             sum(amount) as money
      from payments.entitlement
      where month between date '2026-07-01' and date '2026-12-01'
      group by programme, left(region_code, 6)""";

  private final JdbcClient jdbc;

  CockpitBenchmark(ApplicationContext context) {
    this.jdbc = context.getBean(JdbcClient.class);
  }

  BenchResult run(int repetitions) {
    long rows = jdbc.sql(HEADLINE).query().listOfRows().size();
    Latencies latencies = new Latencies(repetitions);
    PeakHeap.reset();
    long started = System.nanoTime();
    for (int i = 0; i < repetitions; i++) {
      long t = System.nanoTime();
      jdbc.sql(HEADLINE).query().listOfRows();
      latencies.add(System.nanoTime() - t);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    long entitlements =
        jdbc.sql("select count(*) from payments.entitlement").query(Long.class).single();
    return new BenchResult(
        "cockpit headline (people and money by programme and district, half year)",
        entitlements,
        took,
        BenchResult.perSecond(repetitions, took) + " pages",
        null,
        "< 200 ms per page",
        latencies.percentileMillis(95) < 200 ? "yes" : "NO",
        PeakHeap.read(),
        latencies.summary() + "; " + rows + " result rows, computed live from entitlements");
  }
}
