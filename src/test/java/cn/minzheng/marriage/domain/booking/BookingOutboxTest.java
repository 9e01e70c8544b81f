package cn.minzheng.marriage.domain.booking;

import static cn.minzheng.marriage.MarriageFixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.marriage.MarriageFixtures;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.portal.CitizenMessages;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 23: a booking's messages and audit entry leave through {@code marriage.booking_outbox},
 * written by the booking statement and sent after its commit. They arrive without anyone asking
 * (the schedule); what was committed and not yet sent when the node stopped is sent after a
 * restart; a delivery that fails half-way is undone and sent again once, never twice; two drains at
 * once send each row once.
 *
 * <p>A test holds its rows back from the schedule by booking inside its own transaction and marking
 * the outbox rows not yet due before that commits: the state a crash right after the booking's
 * commit leaves behind, without racing the schedule.
 */
@SpringBootTest
class BookingOutboxTest {

  private static final LocalDate DAY = LocalDate.of(2035, 4, 2);

  @Autowired BookingService bookings;
  @Autowired BookingOutbox outbox;
  @Autowired AppointmentStore store;
  @Autowired BookingNotices notices;
  @Autowired AuditLog audit;
  @Autowired CitizenMessages messages;
  @Autowired Offices offices;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  private final List<Long> heldBack = new ArrayList<>();

  @AfterEach
  void removeWhatIsLeft() {
    SecurityContextHolder.clearContext();
    if (!heldBack.isEmpty()) {
      jdbc.sql("delete from marriage.booking_outbox where appointment_id = any(?)")
          .param(heldBack.toArray(Long[]::new))
          .update();
    }
  }

  private record Couple(long manId, long womanId, String man, String woman) {}

  private Couple couple() {
    String man = adult(true);
    String woman = adult(false);
    return new Couple(
        registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id(),
        registry.person(woman, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id(),
        man,
        woman);
  }

  private long slot() {
    return MarriageFixtures.slot(
        jdbc, MarriageFixtures.office(offices, MarriageFixtures.JINJIANG), DAY, 4);
  }

  private Appointment book(Couple c) {
    return bookings.book(
        new BookingRequest(slot(), AppointmentType.MARRIAGE, c.man(), c.woman(), null));
  }

  /**
   * Booked and committed, its outbox row not yet due: as a crash right after the commit left it.
   */
  private Appointment bookHeldBack(Couple c) {
    Appointment a =
        new TransactionTemplate(transactionManager)
            .execute(
                status -> {
                  Appointment booked = book(c);
                  jdbc.sql(
                          "update marriage.booking_outbox set due_at = now() + interval '1 day'"
                              + " where appointment_id = ?")
                      .param(booked.id())
                      .update();
                  return booked;
                });
    heldBack.add(a.id());
    return a;
  }

  private void release(List<Long> appointmentIds) {
    jdbc.sql("update marriage.booking_outbox set due_at = now() where appointment_id = any(?)")
        .param(appointmentIds.toArray(Long[]::new))
        .update();
  }

  private long messagesOf(Appointment a) {
    return jdbc.sql("select count(*) from portal.citizen_message where once_key like ?")
        .param("marriage:booked:" + a.id() + ":%")
        .query(Long.class)
        .single();
  }

  private long auditEntriesOf(Appointment a) {
    return jdbc.sql(
            "select count(*) from platform.audit_log"
                + " where action = 'marriage.booking.create' and target_id = ?")
        .param("" + a.id())
        .query(Long.class)
        .single();
  }

  private boolean inOutbox(Appointment a) {
    return jdbc.sql(
            "select exists (select 1 from marriage.booking_outbox where appointment_id = ?)")
        .param(a.id())
        .query(Boolean.class)
        .single();
  }

  @Test
  void theBookingLeavesOneOutboxRowAndTheScheduleSendsItsMessagesAndAuditAsTheBookerWasSeen() {
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken("citizen-7", null, "ROLE_CITIZEN"));
    Couple c = couple();

    Appointment a = book(c);
    SecurityContextHolder.clearContext();

    // nobody drains here: the schedule does
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> messagesOf(a) == 2 && auditEntriesOf(a) == 1 && !inOutbox(a));
    for (long person : new long[] {c.manId(), c.womanId()}) {
      assertThat(
              jdbc.sql(
                      "select body from portal.citizen_message where person_id = ?"
                          + " and subject = '婚姻登记预约成功'")
                  .param(person)
                  .query(String.class)
                  .single())
          .contains(a.code());
    }
    // who booked was captured in the request's thread, not the worker's (which is "system")
    assertThat(
            jdbc.sql(
                    "select actor || '/' || actor_kind from platform.audit_log"
                        + " where action = 'marriage.booking.create' and target_id = ?")
                .param("" + a.id())
                .query(String.class)
                .single())
        .isEqualTo("citizen-7/CITIZEN");
  }

  @Test
  void whatWasCommittedButNotSentWhenTheNodeStoppedIsSentAfterTheRestart() {
    Couple c = couple();
    Appointment a = bookHeldBack(c);
    assertThat(inOutbox(a)).isTrue();
    assertThat(messagesOf(a)).as("nothing sent before the stop").isZero();
    assertThat(auditEntriesOf(a)).isZero();

    // the restarted node: a fresh worker with nothing in memory, only the table
    BookingOutbox restarted =
        new BookingOutbox(jdbc, store, notices, audit, transactionManager, 100);
    release(List.of(a.id()));
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              restarted.drain();
              return !inOutbox(a);
            });

    assertThat(messagesOf(a)).isEqualTo(2);
    assertThat(auditEntriesOf(a)).isOne();
  }

  @Test
  void aDeliveryThatFailsHalfWayIsUndoneAndSentAgainOnceAndTheFailingRowWaits() {
    Appointment good = bookHeldBack(couple());
    Appointment poisoned = bookHeldBack(couple());
    // its audit entry cannot be written (no such kind of actor): the batch fails after it has
    // stored the messages of both rows and the audit entry of the first
    jdbc.sql("update marriage.booking_outbox set actor_kind = 'NOBODY' where appointment_id = ?")
        .param(poisoned.id())
        .update();

    release(List.of(good.id(), poisoned.id()));
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              outbox.drain();
              return !inOutbox(good)
                  && jdbc.sql(
                              "select attempts from marriage.booking_outbox where appointment_id = ?")
                          .param(poisoned.id())
                          .query(Integer.class)
                          .single()
                      > 0;
            });

    assertThat(messagesOf(good)).as("sent again once, not twice").isEqualTo(2);
    assertThat(auditEntriesOf(good)).isOne();
    assertThat(messagesOf(poisoned)).as("its messages were undone with it").isZero();
    assertThat(auditEntriesOf(poisoned)).isZero();
    assertThat(
            jdbc.sql(
                    "select last_error is not null and due_at > now() from marriage.booking_outbox"
                        + " where appointment_id = ?")
                .param(poisoned.id())
                .query(Boolean.class)
                .single())
        .as("kept with its error, tried again later")
        .isTrue();
  }

  @Test
  void drainsRunningAtOnceSendEachRowOnce() throws Exception {
    List<Appointment> booked = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      booked.add(bookHeldBack(couple()));
    }
    release(booked.stream().map(Appointment::id).toList());

    int drains = 4;
    CyclicBarrier start = new CyclicBarrier(drains);
    List<CompletableFuture<Integer>> running = new ArrayList<>();
    for (int i = 0; i < drains; i++) {
      running.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                return outbox.drain();
              }));
    }
    for (CompletableFuture<Integer> drain : running) {
      drain.get();
    }
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> booked.stream().noneMatch(this::inOutbox));

    for (Appointment a : booked) {
      assertThat(messagesOf(a)).as("messages of %s", a.id()).isEqualTo(2);
      assertThat(auditEntriesOf(a)).as("audit of %s", a.id()).isOne();
    }
  }
}
