package cn.minzheng.marriage;

import static cn.minzheng.marriage.MarriageFixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.offices.Offices;
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

/** Security.md: no slot ever holds more bookings than its capacity, under any concurrency. */
@SpringBootTest
class SlotRaceTest {

  @Autowired BookingService bookings;
  @Autowired Offices offices;
  @Autowired JdbcClient jdbc;

  @Test
  void fiftyCouplesRacingForTheLastThreeSeatsFillTheSlotExactly() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, LocalDate.of(2031, 8, 29), 10);
    for (int i = 0; i < 7; i++) {
      book(slot);
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Future<Long>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        Callable<Long> attempt =
            () -> {
              start.await();
              try {
                return book(slot);
              } catch (BookingRejectedException full) {
                return null;
              }
            };
        outcomes.add(pool.submit(attempt));
      }
      start.countDown();
      List<Long> winners = new ArrayList<>();
      for (Future<Long> outcome : outcomes) {
        Long id = outcome.get();
        if (id != null) {
          winners.add(id);
        }
      }

      assertThat(winners).hasSize(3);
      assertThat(count("select booked from booking.slot where id = ?", slot)).isEqualTo(10);
      assertThat(
              count(
                  "select count(*) from marriage.appointment where slot_id = ? and status = 'BOOKED'",
                  slot))
          .isEqualTo(10);
      for (Long id : winners) {
        assertThat(count("select count(*) from marriage.appointment where id = ?", id)).isOne();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onePersonRacingForTenSlotsAtOnceHoldsExactlyOneBooking() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    String man = adult(true);
    List<Long> slots = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      slots.add(MarriageFixtures.slot(jdbc, office, LocalDate.of(2031, 8, 30), 5));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Future<Boolean>> outcomes = new ArrayList<>();
    try {
      for (long slot : slots) {
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    bookings.book(
                        new BookingRequest(
                            slot, AppointmentType.MARRIAGE, man, adult(false), null));
                    return true;
                  } catch (BookingRejectedException refused) {
                    return false;
                  }
                }));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> outcome : outcomes) {
        won += outcome.get() ? 1 : 0;
      }

      assertThat(won).isOne();
      // The losers' seats went back with their rolled-back transactions.
      assertThat(
              count(
                  "select sum(booked) from booking.slot_fact where owner = 'marriage.office' and owner_key = ?",
                  office))
          .isOne();
    } finally {
      pool.shutdownNow();
    }
  }

  private long book(long slot) {
    return bookings
        .book(new BookingRequest(slot, AppointmentType.MARRIAGE, adult(true), adult(false), null))
        .id();
  }

  private int count(String sql, long id) {
    return jdbc.sql(sql).param(id).query(Integer.class).single();
  }
}
