package cn.minzheng.marriage.domain.booking;

import java.time.LocalDate;
import java.time.LocalTime;

/** A bookable time slot of an office. */
public record Slot(
    long id,
    long officeId,
    LocalDate day,
    LocalTime start,
    LocalTime end,
    int capacity,
    int booked,
    boolean peak) {

  /** The engine's slot of an office's resource (its owner key is the office id). */
  public static Slot of(cn.minzheng.booking.Slot s) {
    return new Slot(
        s.id(), s.ownerKey(), s.day(), s.start(), s.end(), s.capacity(), s.booked(), s.peak());
  }

  public int free() {
    return capacity - booked;
  }
}
