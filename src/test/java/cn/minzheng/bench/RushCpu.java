package cn.minzheng.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * CPU used during the rush by the application JVM (this process), the load generator (the other
 * Java processes this one started) and PostgreSQL (every process named {@code postgres}: on the
 * benchmark machine only its own cluster runs), from Linux's {@code /proc}: says which of the three
 * the two cores went to. Elsewhere it reports that it could not measure.
 */
final class RushCpu implements AutoCloseable {

  /** Linux's clock ticks per second ({@code getconf CLK_TCK}), 100 on every common kernel. */
  private static final double TICKS_PER_SECOND = 100;

  private record Snapshot(long nanos, double app, double client, double postgres) {}

  private final Path rushing;
  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
  private volatile Snapshot first;
  private volatile Snapshot last;

  /** Measures only while the file {@code rushing} exists (the client's timed phase). */
  RushCpu(Path rushing) {
    this.rushing = rushing;
    sampler.scheduleAtFixedRate(this::sample, 100, 100, TimeUnit.MILLISECONDS);
  }

  private void sample() {
    if (!Files.exists(rushing) || !Files.isDirectory(Path.of("/proc"))) {
      return;
    }
    try {
      Snapshot now = snapshot();
      if (first == null) {
        first = now;
      }
      last = now;
    } catch (IOException | RuntimeException e) {
      // a sample lost (a process ended while it was read) changes nothing
    }
  }

  private static Snapshot snapshot() throws IOException {
    long self = ProcessHandle.current().pid();
    double client =
        ProcessHandle.current()
            .descendants()
            .filter(p -> p.info().command().orElse("").endsWith("java"))
            .mapToDouble(p -> seconds(p.pid()))
            .sum();
    double postgres;
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      postgres =
          processes
              .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
              .filter(p -> "postgres".equals(read(p.resolve("comm"))))
              .mapToDouble(p -> seconds(Long.parseLong(p.getFileName().toString())))
              .sum();
    }
    return new Snapshot(System.nanoTime(), seconds(self), client, postgres);
  }

  /** User and system CPU seconds of one process (fields 14 and 15 of /proc/pid/stat). */
  private static double seconds(long pid) {
    String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
    if (stat.isEmpty()) {
      return 0;
    }
    // the command name (field 2) is in parentheses and may contain spaces: count after it
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      return "";
    }
  }

  /** Average cores used by each during the rush, e.g. "application JVM 0.96, PostgreSQL 0.94". */
  String summary() {
    Snapshot a = first;
    Snapshot b = last;
    if (a == null || b == null || b.nanos() <= a.nanos()) {
      return "not measured (no /proc)";
    }
    double seconds = (b.nanos() - a.nanos()) / 1e9;
    return String.format(
        "application JVM %.2f, PostgreSQL %.2f, load generator %.2f",
        (b.app() - a.app()) / seconds,
        (b.postgres() - a.postgres()) / seconds,
        (b.client() - a.client()) / seconds);
  }

  /**
   * CPU seconds per booking of each, in milliseconds (issue 23: before and after a change of the
   * booking path). PostgreSQL counts every postgres process of the machine: on a machine shared
   * with other builds' embedded clusters it is an upper bound.
   */
  String perBooking(long bookings) {
    Snapshot a = first;
    Snapshot b = last;
    if (a == null || b == null || bookings <= 0) {
      return "not measured";
    }
    return String.format(
        "application JVM %.2f ms, PostgreSQL %.2f ms",
        (b.app() - a.app()) * 1000 / bookings, (b.postgres() - a.postgres()) * 1000 / bookings);
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }
}
