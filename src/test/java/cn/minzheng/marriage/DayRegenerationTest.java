package cn.minzheng.marriage;

import static cn.minzheng.marriage.MarriageFixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.minzheng.booking.Slots;
import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.offices.OfficeSlots;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.marriage.domain.offices.PeakDays;
import cn.minzheng.marriage.domain.offices.SlotGenerator;
import cn.minzheng.marriage.domain.offices.SlotTemplate;
import cn.minzheng.marriage.domain.offices.SlotTemplates;
import cn.minzheng.marriage.domain.replanning.DayRegeneration;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A day marked as a peak day after its slots were made (issue 24): re-planned by the peak-day
 * template, every booking keeps its seat, the free seats follow the new rule, and a booking racing
 * the re-planning never gets a seat that no longer exists. Each test has its own Tuesday in 2034.
 */
@SpringBootTest
class DayRegenerationTest {

  @Autowired Offices offices;
  @Autowired OfficeSlots officeSlots;
  @Autowired Slots slots;
  @Autowired SlotGenerator generator;
  @Autowired SlotTemplates slotTemplates;
  @Autowired PeakDays peakDays;
  @Autowired BookingService bookings;
  @Autowired DayRegeneration regeneration;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  /** An office whose Tuesdays have the given regular slots and whose peak days the given ones. */
  private long office(List<SlotTemplate> templates) {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    templates.forEach(t -> offices.addTemplate(office, t));
    return office;
  }

  private static SlotTemplate tuesday(int hour, int minutes, int capacity) {
    LocalTime start = LocalTime.of(hour, 0);
    return SlotTemplate.regular(DayOfWeek.TUESDAY, start, start.plusMinutes(minutes), capacity);
  }

  private static SlotTemplate peak(int hour, int minute, int minutes, int capacity) {
    LocalTime start = LocalTime.of(hour, minute);
    return SlotTemplate.peak(start, start.plusMinutes(minutes), capacity);
  }

  /** The slots the generator makes for the office that day (before the day is a peak day). */
  private void generated(long office, LocalDate day) {
    long resource = officeSlots.resourceOf(office);
    slots.open(generator.planOf(day).stream().filter(s -> s.resourceId() == resource).toList());
  }

  private long slotAt(long office, LocalDate day, int hour, int minute) {
    return jdbc.sql(
            "select id from booking.slot_fact where owner = 'marriage.office' and owner_key = ?"
                + " and day = ? and start_time = ?")
        .params(office, day, LocalTime.of(hour, minute))
        .query(Long.class)
        .single();
  }

  private Appointment book(long slot) {
    return bookings.book(
        new BookingRequest(slot, AppointmentType.MARRIAGE, adult(true), adult(false), null));
  }

  record DaySlot(LocalTime start, int capacity, int booked, boolean peak, boolean closed) {}

  private List<DaySlot> day(long office, LocalDate day) {
    return jdbc.sql(
            "select start_time, capacity, booked, peak, closed from booking.slot_fact"
                + " where owner = 'marriage.office' and owner_key = ? and day = ?"
                + " order by start_time")
        .params(office, day)
        .query(
            (rs, n) ->
                new DaySlot(
                    rs.getTime(1).toLocalTime(),
                    rs.getInt(2),
                    rs.getInt(3),
                    rs.getBoolean(4),
                    rs.getBoolean(5)))
        .list();
  }

  /** Every booked appointment of the office that day still sits on a slot that counts it. */
  private void everyBookingHasItsSeat(long office, LocalDate day) {
    List<Long> uncounted =
        jdbc.sql(
                """
                select s.id from booking.slot_fact s
                 where s.owner = 'marriage.office' and s.owner_key = ? and s.day = ?
                   and s.booked <> (select count(*) from marriage.appointment a
                                     where a.slot_id = s.id and a.status = 'BOOKED')""")
            .params(office, day)
            .query(Long.class)
            .list();
    assertThat(uncounted).as("slots whose seats differ from their bookings").isEmpty();
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from marriage.appointment a
                     where a.office_id = ? and a.status = 'BOOKED'
                       and not exists (select 1 from booking.slot_fact s where s.id = a.slot_id)""")
                .param(office)
                .query(Long.class)
                .single())
        .as("bookings whose slot is gone")
        .isZero();
  }

  @Test
  void aMarkedPeakDayIsReplannedByThePeakTemplateAndEveryBookingKeepsItsSeat() {
    LocalDate day = LocalDate.of(2034, 3, 7);
    long office =
        office(
            List.of(
                tuesday(9, 60, 4),
                tuesday(10, 60, 4),
                tuesday(14, 60, 4),
                peak(9, 0, 30, 6),
                peak(9, 30, 60, 6),
                peak(10, 30, 30, 6)));
    generated(office, day);
    long nine = slotAt(office, day, 9, 0);
    long ten = slotAt(office, day, 10, 0);
    long two = slotAt(office, day, 14, 0);
    Appointment a1 = book(nine);
    Appointment a2 = book(nine);
    Appointment a3 = book(ten);
    bookings.cancel(book(two).id());

    peakDays.mark(day, "测试高峰日");
    assertThat(regeneration.staleAmong(List.of(day)))
        .containsExactly(new DayRegeneration.StaleDay(day, 3, 3));
    DayRegeneration.Outcome outcome = regeneration.regenerate(day, office);

    assertThat(outcome).isEqualTo(new DayRegeneration.Outcome(1, 2, 1, 0, 1, 3));
    // 09:00 takes the peak plan (6 seats, 2 taken); 10:00 is kept with its booking but closed and
    // its seat counts in 09:30-10:30 (6 - 1 = 5); 10:30 opens; 14:00 had a booking once: closed
    assertThat(day(office, day))
        .containsExactly(
            new DaySlot(LocalTime.of(9, 0), 6, 2, true, false),
            new DaySlot(LocalTime.of(9, 30), 5, 0, true, false),
            new DaySlot(LocalTime.of(10, 0), 4, 1, false, true),
            new DaySlot(LocalTime.of(10, 30), 6, 0, true, false),
            new DaySlot(LocalTime.of(14, 0), 4, 0, false, true));
    // what is offered is the peak rule's 18 seats less the 3 kept bookings
    long resource = officeSlots.resourceOf(office);
    assertThat(slots.freeDays(resource, day, day).get(0).free()).isEqualTo(18 - 3);
    assertThat(List.of(a1, a2, a3))
        .allSatisfy(
            a -> {
              Appointment now = bookings.find(a.id());
              assertThat(now.status().name()).isEqualTo("BOOKED");
              assertThat(now.slotId()).isEqualTo(a.slotId());
              assertThat(now.code()).isEqualTo(a.code());
            });
    everyBookingHasItsSeat(office, day);
    assertThat(regeneration.staleAmong(List.of(day))).isEmpty();
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.audit_log where action = 'marriage.slots.regenerate'"
                        + " and target_id = ?")
                .param(day.toString())
                .query(Long.class)
                .single())
        .isOne();

    // once more: nothing changes
    regeneration.regenerate(day, office);
    assertThat(day(office, day))
        .extracting(DaySlot::start, DaySlot::capacity, DaySlot::booked, DaySlot::closed)
        .containsExactly(
            tuple(LocalTime.of(9, 0), 6, 2, false),
            tuple(LocalTime.of(9, 30), 5, 0, false),
            tuple(LocalTime.of(10, 0), 4, 1, true),
            tuple(LocalTime.of(10, 30), 6, 0, false),
            tuple(LocalTime.of(14, 0), 4, 0, true));
  }

  @Test
  void todayAndPastDaysAreNotReplanned() {
    assertThatThrownBy(() -> regeneration.regenerate(cn.minzheng.shared.ChinaTime.today(), null))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessageContaining("明天");
  }

  @Test
  void aBookingRacingTheReplanningCannotTakeASeatThatNoLongerExists() throws Exception {
    LocalDate day = LocalDate.of(2034, 3, 14);
    long office = office(List.of(tuesday(11, 60, 3), tuesday(15, 60, 3), peak(8, 0, 30, 2)));
    generated(office, day);
    long removed = slotAt(office, day, 11, 0);
    long kept = slotAt(office, day, 15, 0);
    Appointment keeping = book(kept);
    peakDays.mark(day, "测试高峰日");

    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    CountDownLatch replanned = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    CompletableFuture<Void> replanning =
        CompletableFuture.runAsync(
            () ->
                transaction.executeWithoutResult(
                    status -> {
                      regeneration.regenerate(day, office);
                      replanned.countDown();
                      await(commit);
                    }));
    assertThat(replanned.await(60, TimeUnit.SECONDS)).isTrue();
    // two bookings of slots the re-planning removes and closes, while it has not committed
    CompletableFuture<Appointment> onRemoved = CompletableFuture.supplyAsync(() -> book(removed));
    CompletableFuture<Appointment> onClosed = CompletableFuture.supplyAsync(() -> book(kept));
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                                + " and query like '%marriage.book(%' and pid <> pg_backend_pid()")
                        .query(Long.class)
                        .single()
                    >= 2);
    commit.countDown();
    replanning.get(60, TimeUnit.SECONDS);

    for (CompletableFuture<Appointment> racing : List.of(onRemoved, onClosed)) {
      Throwable refused = null;
      try {
        racing.get(60, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        refused = e.getCause();
      }
      assertThat(refused).isInstanceOf(BookingRejectedException.class).hasMessageContaining("已约满");
    }
    assertThat(slots.find(removed)).isEmpty();
    assertThat(slots.find(kept).orElseThrow().booked()).isOne();
    assertThat(bookings.find(keeping.id()).status().name()).isEqualTo("BOOKED");
    assertThat(day(office, day))
        .containsExactly(
            new DaySlot(LocalTime.of(8, 0), 2, 0, true, false),
            new DaySlot(LocalTime.of(15, 0), 3, 1, false, true));
    everyBookingHasItsSeat(office, day);
  }

  @Test
  void aChangedTemplateReplansTheOfficesDaysFromTomorrowOn() {
    LocalDate day = LocalDate.of(2034, 3, 28);
    long office = office(List.of(tuesday(9, 60, 4)));
    generated(office, day);
    Appointment booked = book(slotAt(office, day, 9, 0));
    long template = slotTemplates.of(office).get(0).id();
    slotTemplates.change(office, template, LocalTime.of(9, 0), LocalTime.of(9, 30), 1);
    offices.addTemplate(office, tuesday(10, 30, 2));

    DayRegeneration.Outcome outcome = regeneration.regenerateOffice(office);

    assertThat(outcome.opened()).isEqualTo(1);
    assertThat(outcome.keptBookings()).isEqualTo(1);
    assertThat(day(office, day))
        .containsExactly(
            new DaySlot(LocalTime.of(9, 0), 1, 1, false, false),
            new DaySlot(LocalTime.of(10, 0), 2, 0, false, false));
    assertThat(bookings.find(booked.id()).slotId()).isEqualTo(booked.slotId());
    everyBookingHasItsSeat(office, day);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never let the re-planning commit");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
