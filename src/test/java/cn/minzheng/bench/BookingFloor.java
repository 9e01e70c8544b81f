package cn.minzheng.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The floor of the booking rush, measured in the same run with the same database settings: the
 * guarded booking transaction alone — the seat's conditional update (booked &lt; capacity) and the
 * appointment insert, one transaction, committed — from {@code connections} JDBC connections in a
 * closed loop for a fixed time, spread over as many slots as the rush's large slots. No HTTP, no
 * session, no rules, no parties, no audit: what PostgreSQL does at the least for one booking.
 */
final class BookingFloor {

  static final String OFFICE_CODE = "RUSHF";

  /** Transactions committed by some connections in some time, with their latencies. */
  record Result(int connections, long transactions, Duration took, Latencies latencies) {

    double perSecond() {
      return transactions / Math.max(took.toNanos() / 1e9, 1e-9);
    }

    String line() {
      return String.format(
          "%d connections: %,.0f/s (%s)", connections, perSecond(), latencies.summary());
    }
  }

  private final BenchDatabase database;

  BookingFloor(BenchDatabase database) {
    this.database = database;
  }

  /** Runs the floor once per connection count, each for {@code length}; cleans up after itself. */
  List<Result> measure(List<Integer> connectionCounts, Duration length, int slotCount)
      throws SQLException, InterruptedException {
    remove();
    List<Result> results = new ArrayList<>();
    try {
      long office;
      List<Long> slots = new ArrayList<>();
      try (Connection c = database.owner();
          Statement s = c.createStatement()) {
        try (ResultSet rs =
            s.executeQuery(
                "insert into marriage.office (code, name, kind, region_code, address,"
                    + " opening_hours) values ('"
                    + OFFICE_CODE
                    + "', '压测基线登记处', 'DISTRICT', '510104000000', '压测地址', '09:00-17:00')"
                    + " returning id")) {
          rs.next();
          office = rs.getLong(1);
        }
        s.execute(
            "insert into booking.resource (owner, owner_key, name) values ('marriage.office', "
                + office
                + ", '压测基线登记处')");
        try (ResultSet rs =
            s.executeQuery(
                "insert into booking.slot (resource_id, day, start_time, end_time, capacity)"
                    + " select r.id, current_date + 30, time '00:00' + g * interval '10 minutes',"
                    + " time '00:10' + g * interval '10 minutes', 100000000"
                    + " from booking.resource r, generate_series(0, "
                    + (slotCount - 1)
                    + ") g where r.owner = 'marriage.office' and r.owner_key = "
                    + office
                    + " returning id")) {
          while (rs.next()) {
            slots.add(rs.getLong(1));
          }
        }
      }
      for (int connections : connectionCounts) {
        results.add(run(connections, length, office, slots));
      }
    } finally {
      remove();
    }
    return results;
  }

  private Result run(int connections, Duration length, long office, List<Long> slots)
      throws InterruptedException {
    Latencies latencies = new Latencies(1 << 16);
    long[] counts = new long[connections];
    AtomicReference<Exception> failure = new AtomicReference<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    long[] window = new long[2];
    for (int t = 0; t < connections; t++) {
      int thread = t;
      Thread worker =
          new Thread(
              () -> {
                try (Connection c = database.owner();
                    PreparedStatement seat =
                        c.prepareStatement(
                            "update booking.slot set booked = booked + 1"
                                + " where id = ? and booked < capacity and not closed");
                    PreparedStatement insert =
                        c.prepareStatement(
                            "insert into marriage.appointment (slot_id, office_id, type, code,"
                                + " citizen_account_id) values (?, ?, 'MARRIAGE', ?, null)")) {
                  c.setAutoCommit(false);
                  start.await();
                  long end = window[1];
                  for (long n = 0; System.nanoTime() < end; n++) {
                    long t0 = System.nanoTime();
                    long slot = slots.get((int) ((thread + n) % slots.size()));
                    seat.setLong(1, slot);
                    if (seat.executeUpdate() == 1) {
                      insert.setLong(1, slot);
                      insert.setLong(2, office);
                      insert.setString(3, "F" + connections + "-" + thread + "-" + n);
                      insert.executeUpdate();
                    }
                    c.commit();
                    long took = System.nanoTime() - t0;
                    synchronized (latencies) {
                      latencies.add(took);
                    }
                    counts[thread]++;
                  }
                } catch (Exception e) {
                  failure.compareAndSet(null, e);
                }
              });
      threads.add(worker);
      worker.start();
    }
    // connections opened before the clock starts
    Thread.sleep(500);
    window[0] = System.nanoTime();
    window[1] = window[0] + length.toNanos();
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    long took = System.nanoTime() - window[0];
    if (failure.get() != null) {
      throw new IllegalStateException("booking floor", failure.get());
    }
    long total = 0;
    for (long n : counts) {
      total += n;
    }
    return new Result(connections, total, Duration.ofNanos(took), latencies);
  }

  private void remove() {
    String office = "(select id from marriage.office where code = '" + OFFICE_CODE + "')";
    String resources =
        "(select id from booking.resource where owner = 'marriage.office' and owner_key in "
            + office
            + ")";
    database.execute("delete from marriage.appointment where office_id in " + office);
    database.execute("delete from booking.slot where resource_id in " + resources);
    database.execute("delete from booking.resource where id in " + resources);
    database.execute("delete from marriage.office where code = '" + OFFICE_CODE + "'");
  }
}
