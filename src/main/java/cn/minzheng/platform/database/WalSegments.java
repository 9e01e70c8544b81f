package cn.minzheng.platform.database;

import java.util.ArrayList;
import java.util.List;

/**
 * Names of write-ahead log segments: 8 hex digits of timeline, then the log number and the segment
 * within it (8 hex digits each; with PostgreSQL's default 16 MB segments the second part runs from
 * 00000000 to 000000FF before the log number goes up).
 */
final class WalSegments {

  private static final long SEGMENTS_PER_LOG = 0x100;

  private WalSegments() {}

  /** Every segment from {@code first} to {@code last}, both included, on one timeline. */
  static List<String> between(String first, String last) {
    String timeline = first.substring(0, 8);
    if (!last.startsWith(timeline)) {
      throw new IllegalArgumentException("segments of two timelines: " + first + ", " + last);
    }
    long from = number(first);
    long to = number(last);
    if (to < from) {
      throw new IllegalArgumentException("last segment before first: " + first + ", " + last);
    }
    List<String> names = new ArrayList<>();
    for (long n = from; n <= to; n++) {
      names.add("%s%08X%08X".formatted(timeline, n / SEGMENTS_PER_LOG, n % SEGMENTS_PER_LOG));
    }
    return names;
  }

  private static long number(String segment) {
    long log = Long.parseLong(segment.substring(8, 16), 16);
    long seg = Long.parseLong(segment.substring(16, 24), 16);
    return log * SEGMENTS_PER_LOG + seg;
  }
}
