package cn.minzheng.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Resources and slots of a test owner ("test.room"), each resource new. */
public final class BookingFixtures {

  private static final AtomicLong KEYS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private BookingFixtures() {}

  public static long resource(Slots slots) {
    long key = KEYS.incrementAndGet();
    return slots.resource("test.room", key, "测试活动室" + key);
  }

  /** One slot of a new resource, 9:00-10:00. */
  public static long slot(Slots slots, long resource, LocalDate day, int capacity) {
    slots.open(
        List.of(
            new NewSlot(resource, day, LocalTime.of(9, 0), LocalTime.of(10, 0), capacity, false)));
    return slots.openSlots(resource, day, day).get(0).id();
  }
}
