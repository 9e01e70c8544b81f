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

  public int free() {
    return capacity - booked;
  }
}
