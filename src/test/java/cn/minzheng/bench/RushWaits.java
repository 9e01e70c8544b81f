package cn.minzheng.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Samples what the application's database sessions wait for during the rush (pg_stat_activity of
 * the application role, every 100 ms): says whether CPU, a lock or the WAL bounds the figure.
 */
final class RushWaits implements AutoCloseable {

  private final JdbcClient jdbc;
  private final Map<String, Long> counts = new TreeMap<>();
  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
  private long samples;

  private final Path rushing;

  /** Samples only while the file {@code rushing} exists (the client's timed phase). */
  RushWaits(JdbcClient jdbc, Path rushing) {
    this.jdbc = jdbc;
    this.rushing = rushing;
    sampler.scheduleAtFixedRate(this::sample, 100, 100, TimeUnit.MILLISECONDS);
  }

  private void sample() {
    if (!Files.exists(rushing)) {
      return;
    }
    try {
      var rows =
          jdbc.sql(
                  """
                  select coalesce(wait_event_type || ':' || wait_event, 'CPU') as w, count(*) as n
                    from pg_stat_activity
                   where datname = current_database() and pid <> pg_backend_pid()
                     and state = 'active' group by 1""")
              .query()
              .listOfRows();
      synchronized (counts) {
        samples++;
        for (var r : rows) {
          counts.merge((String) r.get("w"), ((Number) r.get("n")).longValue(), Long::sum);
        }
      }
    } catch (RuntimeException e) {
      // a sample lost under load changes nothing
    }
  }

  /** Average number of active sessions per state, the largest first. */
  String summary() {
    synchronized (counts) {
      if (samples == 0) {
        return "no samples";
      }
      return counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .limit(5)
          .map(e -> String.format("%s %.1f", e.getKey(), (double) e.getValue() / samples))
          .collect(Collectors.joining(", "));
    }
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }
}
