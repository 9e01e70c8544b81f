package cn.minzheng.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What the rush client wrote: rush time, one line per booking request. */
record RushOutcome(Duration took, long booked, Set<Long> ids, Latencies latencies, String errors) {

  /** What the open-loop client wrote: its arrivals and the ids of the bookings answered. */
  record Open(
      Duration took, List<OpenLoopReport.Arrival> arrivals, Set<Long> ids, int loginFailures) {

    static Open read(Path file) throws IOException {
      List<String> lines = Files.readAllLines(file);
      String[] head = lines.get(0).split("\t");
      List<OpenLoopReport.Arrival> arrivals = new java.util.ArrayList<>();
      Set<Long> ids = new HashSet<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t");
        arrivals.add(
            new OpenLoopReport.Arrival(
                Integer.parseInt(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), f[4]));
        if (f[4].equals(OpenLoopReport.BOOKED)) {
          ids.add(Long.parseLong(f[5]));
        }
      }
      Files.deleteIfExists(file);
      return new Open(
          Duration.ofNanos(Long.parseLong(head[1])), arrivals, ids, Integer.parseInt(head[2]));
    }
  }

  static RushOutcome read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    String[] head = lines.get(0).split("\t");
    Latencies latencies = new Latencies(Math.max(1, lines.size() - 1));
    Set<Long> ids = new HashSet<>();
    Map<String, Integer> errors = new TreeMap<>();
    long booked = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      latencies.add(Long.parseLong(f[1]));
      if (f[2].equals("booked")) {
        booked++;
        ids.add(Long.parseLong(f[3]));
      } else {
        errors.merge(f[2], 1, Integer::sum);
      }
    }
    if (!head[2].equals("0")) {
      errors.put("login failed (not booking)", Integer.parseInt(head[2]));
    }
    Files.deleteIfExists(file);
    return new RushOutcome(
        Duration.ofNanos(Long.parseLong(head[1])),
        booked,
        ids,
        latencies,
        errors.isEmpty() ? "none" : errors.toString());
  }
}
