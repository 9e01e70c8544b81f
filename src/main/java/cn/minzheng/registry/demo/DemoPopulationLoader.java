package cn.minzheng.registry.demo;

import cn.minzheng.platform.FieldCipher;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Loads a demo population into the registry tables with COPY, in the caller's transaction. Three
 * passes over the (regenerated, identical) stream: persons, households, memberships; only the
 * person pass encrypts, in parallel batches, while the calling thread generates and writes.
 */
@Component
class DemoPopulationLoader {

  static final String CREATED_BY = "demo-generator";
  private static final Logger log = LoggerFactory.getLogger(DemoPopulationLoader.class);
  private static final int BATCH_PERSONS = 4_000;

  private final DataSource dataSource;
  private final FieldCipher cipher;
  private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  DemoPopulationLoader(DataSource dataSource, FieldCipher cipher) {
    this.dataSource = dataSource;
    this.cipher = cipher;
  }

  record LoadResult(long persons, long households, Duration duration) {}

  /** Must run inside a transaction: a failed load leaves nothing behind. */
  LoadResult load(DemoPopulation population) {
    long started = System.nanoTime();
    long size = population.settings().population();
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      DemoIdRanges ids = DemoIdRanges.reserve(connection, size);
      DemoRows rows = new DemoRows(ids, cipher);
      copyPersons(copy, population, rows);
      long households =
          copyPerHousehold(copy, population, DemoRows.HOUSEHOLD_COPY, rows::household);
      copyPerHousehold(copy, population, DemoRows.MEMBER_COPY, rows::members);
      ids.recordDeaths(connection);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      log.info(
          "Demo population loaded: {} persons in {} households in {} s",
          size,
          households,
          took.toSeconds());
      return new LoadResult(size, households, took);
    } catch (SQLException e) {
      throw new IllegalStateException("demo population could not be loaded", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private void copyPersons(CopyManager copy, DemoPopulation population, DemoRows rows)
      throws SQLException {
    long total = population.settings().population();
    Progress progress = new Progress(total);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> daemon(r, "demo-encrypt"));
    CopyIn in = copy.copyIn(DemoRows.PERSON_COPY);
    try {
      Deque<Future<byte[]>> inFlight = new ArrayDeque<>();
      Deque<Integer> counts = new ArrayDeque<>();
      Iterator<DemoHousehold> households = population.households().iterator();
      while (households.hasNext()) {
        List<DemoHousehold> batch = new ArrayList<>();
        int persons = 0;
        while (households.hasNext() && persons < BATCH_PERSONS) {
          DemoHousehold household = households.next();
          batch.add(household);
          persons += household.members().size();
        }
        inFlight.add(pool.submit(() -> rows.persons(batch).getBytes(StandardCharsets.UTF_8)));
        counts.add(persons);
        if (inFlight.size() > threads * 2) {
          write(in, inFlight.poll(), progress.advance(counts.poll()));
        }
      }
      while (!inFlight.isEmpty()) {
        write(in, inFlight.poll(), progress.advance(counts.poll()));
      }
      in.endCopy();
    } catch (SQLException | RuntimeException e) {
      if (in.isActive()) {
        in.cancelCopy();
      }
      throw e;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void write(CopyIn in, Future<byte[]> chunk, Progress progress)
      throws SQLException {
    try {
      byte[] bytes = chunk.get();
      in.writeToCopy(bytes, 0, bytes.length);
      progress.logIfDue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("demo load interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("demo rows could not be encoded", e.getCause());
    }
  }

  private static long copyPerHousehold(
      CopyManager copy,
      DemoPopulation population,
      String sql,
      java.util.function.BiConsumer<DemoHousehold, StringBuilder> encoder)
      throws SQLException {
    CopyIn in = copy.copyIn(sql);
    long households = 0;
    try {
      StringBuilder buffer = new StringBuilder(1 << 20);
      Iterator<DemoHousehold> iterator = population.households().iterator();
      while (iterator.hasNext()) {
        encoder.accept(iterator.next(), buffer);
        households++;
        if (buffer.length() > (1 << 20) || !iterator.hasNext()) {
          byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
          in.writeToCopy(bytes, 0, bytes.length);
          buffer.setLength(0);
        }
      }
      in.endCopy();
      return households;
    } catch (SQLException | RuntimeException e) {
      if (in.isActive()) {
        in.cancelCopy();
      }
      throw e;
    }
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }

  /** Logs about every tenth of the persons with the rate so far. */
  private static final class Progress {
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long nextMark;

    Progress(long total) {
      this.total = total;
      this.nextMark = Math.max(1, total / 10);
    }

    Progress advance(int persons) {
      done += persons;
      return this;
    }

    void logIfDue() {
      if (done >= nextMark || done == total) {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        log.info(
            "Demo population: {} of {} persons ({}%), {} persons/s",
            done, total, done * 100 / total, Math.round(done / seconds));
        nextMark = done + Math.max(1, total / 10);
      }
    }
  }
}
