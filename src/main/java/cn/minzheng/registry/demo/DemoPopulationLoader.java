package cn.minzheng.registry.demo;

import cn.minzheng.platform.FieldCipher;
import java.io.IOException;
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
 * Loads a demo population into the empty registry tables with COPY, in the caller's transaction, in
 * one generation pass (see {@link #copyPersons}); indexes and keys are built once at the end.
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
    try (HouseholdSpool spool = HouseholdSpool.create()) {
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      DemoIdRanges ids = DemoIdRanges.reserve(connection, size);
      DemoRows rows = new DemoRows(ids, cipher);
      BulkLoadConstraints.setAside(connection);
      copyPersons(copy, population, rows, spool);
      spool.copyInto(copy);
      BulkLoadConstraints.restore(connection);
      ids.recordDeaths(connection);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      log.info(
          "Demo population loaded: {} persons in {} households in {} s",
          size,
          spool.households(),
          took.toSeconds());
      return new LoadResult(size, spool.households(), took);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("demo population could not be loaded", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /**
   * One generation pass: worker threads encode each batch (encrypting persons' fields, the costly
   * part) while this thread streams persons into COPY and spools households and memberships to
   * files, which follow once the persons they reference are in.
   */
  private void copyPersons(
      CopyManager copy, DemoPopulation population, DemoRows rows, HouseholdSpool spool)
      throws SQLException, IOException {
    long total = population.settings().population();
    Progress progress = new Progress(total);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> daemon(r, "demo-encrypt"));
    CopyIn in = copy.copyIn(DemoRows.PERSON_COPY);
    try {
      Deque<Future<EncodedBatch>> inFlight = new ArrayDeque<>();
      Iterator<DemoHousehold> households = population.households().iterator();
      while (households.hasNext()) {
        List<DemoHousehold> batch = new ArrayList<>();
        int persons = 0;
        while (households.hasNext() && persons < BATCH_PERSONS) {
          DemoHousehold household = households.next();
          batch.add(household);
          persons += household.members().size();
        }
        int count = persons;
        inFlight.add(pool.submit(() -> EncodedBatch.of(rows, batch, count)));
        if (inFlight.size() > threads * 2) {
          write(in, inFlight.poll(), spool, progress);
        }
      }
      while (!inFlight.isEmpty()) {
        write(in, inFlight.poll(), spool, progress);
      }
      in.endCopy();
    } catch (SQLException | IOException | RuntimeException e) {
      if (in.isActive()) {
        in.cancelCopy();
      }
      throw e;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void write(
      CopyIn in, Future<EncodedBatch> pending, HouseholdSpool spool, Progress progress)
      throws SQLException, IOException {
    try {
      EncodedBatch batch = pending.get();
      in.writeToCopy(batch.persons(), 0, batch.persons().length);
      spool.append(batch);
      progress.advance(batch.personCount()).logIfDue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("demo load interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("demo rows could not be encoded", e.getCause());
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
