package cn.minzheng.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Security.md: no slot ever holds more seats than its capacity, under any concurrency. N racing
 * bookings for the last K seats: exactly K win, whether through seats or reservations.
 */
@SpringBootTest
class SlotRaceTest {

  @Autowired Slots slots;
  @Autowired Reservations reservations;
  @Autowired JdbcClient jdbc;

  @Test
  void fiftyTakesRacingForTheLastThreeSeatsFillTheSlotExactly() throws Exception {
    long slot = BookingFixtures.slot(slots, BookingFixtures.resource(slots), day(1), 10);
    for (int i = 0; i < 7; i++) {
      assertThat(slots.take(slot)).isTrue();
    }

    List<Boolean> outcomes = race(50, () -> slots.take(slot));

    assertThat(outcomes).filteredOn(won -> won).hasSize(3);
    assertThat(booked(slot)).isEqualTo(10);
  }

  @Test
  void fortyReservationsRacingForFiveSeatsLeaveExactlyFiveBooked() throws Exception {
    long slot = BookingFixtures.slot(slots, BookingFixtures.resource(slots), day(2), 5);

    List<Boolean> outcomes =
        race(
            40,
            () ->
                reservations
                    .book(slot, "test.family:" + Thread.currentThread().getId())
                    .isPresent());

    assertThat(outcomes).filteredOn(won -> won).hasSize(5);
    assertThat(booked(slot)).isEqualTo(5);
    assertThat(reservations.ofSlot(slot))
        .hasSize(5)
        .allMatch(r -> r.status() == Reservation.Status.BOOKED);
  }

  @Test
  void theCheckConstraintRefusesAnOverbookingThatBypassesTheConditionalUpdate() {
    long slot = BookingFixtures.slot(slots, BookingFixtures.resource(slots), day(3), 2);

    assertThatThrownBy(
            () -> jdbc.sql("update booking.slot set booked = 3 where id = ?").param(slot).update())
        .hasMessageContaining("slot_not_overbooked");
  }

  private static LocalDate day(int n) {
    return LocalDate.of(2031, 9, n);
  }

  private int booked(long slot) {
    return jdbc.sql("select booked from booking.slot where id = ?")
        .param(slot)
        .query(Integer.class)
        .single();
  }

  private static List<Boolean> race(int n, Callable<Boolean> attempt) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return attempt.call();
                }));
      }
      start.countDown();
      List<Boolean> outcomes = new ArrayList<>();
      for (Future<Boolean> f : futures) {
        outcomes.add(f.get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
