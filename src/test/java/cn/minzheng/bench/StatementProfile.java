package cn.minzheng.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A poor man's profile of a single-session benchmark: every 200 ms, which statement the
 * application's sessions are running (the start of its text) and what it waits for; a sample with
 * no active statement is time spent in the JVM (parsing, hashing, COPY encoding). Says what bounds
 * the figure.
 */
final class StatementProfile implements AutoCloseable {

  private final JdbcClient jdbc;
  private final Map<String, Long> counts = new HashMap<>();
  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
  private long samples;

  StatementProfile(JdbcClient jdbc) {
    this.jdbc = jdbc;
    sampler.scheduleAtFixedRate(this::sample, 200, 200, TimeUnit.MILLISECONDS);
  }

  private void sample() {
    try {
      var rows =
          jdbc.sql(
                  """
                  select left(regexp_replace(query, '\\s+', ' ', 'g'), 90)
                         || coalesce(' [' || wait_event_type || ':' || wait_event || ']', '') as q
                    from pg_stat_activity
                   where datname = current_database() and pid <> pg_backend_pid()
                     and usename = current_user and state = 'active'""")
              .query(String.class)
              .list();
      synchronized (counts) {
        samples++;
        if (rows.isEmpty()) {
          counts.merge("(no statement active: JVM side)", 1L, Long::sum);
        }
        for (String q : rows) {
          counts.merge(q, 1L, Long::sum);
        }
      }
    } catch (RuntimeException e) {
      // a sample lost under load changes nothing
    }
  }

  /** Share of samples per statement, the largest first. */
  String summary(int limit) {
    synchronized (counts) {
      if (samples == 0) {
        return "no samples";
      }
      return counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .limit(limit)
          .map(e -> String.format("%5.1f %%  %s", 100.0 * e.getValue() / samples, e.getKey()))
          .collect(Collectors.joining("\n"));
    }
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }
}
