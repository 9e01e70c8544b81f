package cn.minzheng.booking;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A bookable time slot of a resource; {@code ownerKey} is the owner's id of the resource (e.g. the
 * marriage office id).
 */
public record Slot(
    long id,
    long resourceId,
    long ownerKey,
    LocalDate day,
    LocalTime start,
    LocalTime end,
    int capacity,
    int booked,
    boolean peak,
    boolean closed) {

  public int free() {
    return capacity - booked;
  }
}
