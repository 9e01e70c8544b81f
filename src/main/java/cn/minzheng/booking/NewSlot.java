package cn.minzheng.booking;

import java.time.LocalDate;
import java.time.LocalTime;

/** A slot to open for a resource. */
public record NewSlot(
    long resourceId, LocalDate day, LocalTime start, LocalTime end, int capacity, boolean peak) {

  public NewSlot {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("slot ends before it starts: " + start + "-" + end);
    }
  }
}
