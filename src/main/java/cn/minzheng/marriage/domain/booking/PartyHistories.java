package cn.minzheng.marriage.domain.booking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a booking must know of its parties' earlier appointments, read in one statement: whether a
 * party holds an active booking, and the party's no-show days that can still block.
 */
final class PartyHistories {

  /** One row of the parties' history: an active booking, or a no-show on {@code day}. */
  record Entry(byte[] blindIndex, boolean active, LocalDate day) {}

  private final List<Entry> entries;

  PartyHistories(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  boolean hasActive(Party party) {
    return entries.stream().anyMatch(e -> e.active() && of(party, e));
  }

  List<LocalDate> noShowDays(Party party) {
    List<LocalDate> days = new ArrayList<>();
    for (Entry e : entries) {
      if (!e.active() && of(party, e)) {
        days.add(e.day());
      }
    }
    return days;
  }

  private static boolean of(Party party, Entry e) {
    return Arrays.equals(party.blindIndex(), e.blindIndex());
  }
}
