package cn.minzheng.marriage;

import static cn.minzheng.marriage.MarriageFixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentStatus;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingOutbox;
import cn.minzheng.marriage.domain.booking.BookingReminders;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.counter.CounterService;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Messages of a booking: at booking, the day before (once), and when the office cancels. */
@SpringBootTest
class BookingNoticesTest {

  private static final LocalDate DAY = LocalDate.of(2034, 3, 1);

  @Autowired BookingService bookings;
  @Autowired BookingOutbox outbox;
  @Autowired BookingReminders reminders;
  @Autowired CounterService counter;
  @Autowired Offices offices;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  private record Couple(long manId, long womanId, Appointment appointment) {}

  private Couple bookedCouple(LocalDate day) {
    String man = adult(true);
    String woman = adult(false);
    long manId =
        registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    long womanId =
        registry.person(woman, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, day, 4);
    Appointment a =
        bookings.book(new BookingRequest(slot, AppointmentType.MARRIAGE, man, woman, null));
    MarriageFixtures.delivered(outbox, jdbc, a.id());
    return new Couple(manId, womanId, a);
  }

  private List<String> bodies(long personId, String subject) {
    return jdbc.sql(
            "select body from portal.citizen_message where person_id = ? and subject = ?"
                + " order by id")
        .params(personId, subject)
        .query(String.class)
        .list();
  }

  @Test
  void bothPartiesGetTheBookingCodeOfficeAndSlotWhenBooked() {
    Couple c = bookedCouple(DAY);
    Appointment a = c.appointment();
    String slot =
        String.format("%tR-%tR", a.start(), a.end()); // e.g. 09:00-09:30, from the booked slot

    for (long person : new long[] {c.manId(), c.womanId()}) {
      assertThat(bodies(person, "婚姻登记预约成功"))
          .singleElement()
          .satisfies(
              body ->
                  assertThat(body)
                      .contains(a.code())
                      .contains(a.officeName())
                      .contains("2034年3月1日")
                      .contains(slot));
    }
  }

  @Test
  void aPartyUnknownToTheRegistryGetsNoMessageAndTheOtherStillDoes() {
    String man = adult(true);
    String woman = adult(false); // from another city: a valid number the registry does not hold
    long manId =
        registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, DAY.plusDays(3), 4);

    Appointment a =
        bookings.book(new BookingRequest(slot, AppointmentType.MARRIAGE, man, woman, null));
    MarriageFixtures.delivered(outbox, jdbc, a.id());

    assertThat(bodies(manId, "婚姻登记预约成功"))
        .singleElement()
        .satisfies(body -> assertThat(body).contains(a.code()));
    assertThat(
            jdbc.sql("select count(*) from portal.citizen_message where body like ?")
                .param("%" + a.code() + "%")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theDayBeforeReminderIsSentOnceEvenWhenTheJobRunsTwiceAtTheSameTime() throws Exception {
    LocalDate day = DAY.plusDays(20);
    Couple c = bookedCouple(day);
    Couple cancelled = bookedCouple(day);
    bookings.cancel(cancelled.appointment().id());

    var first = CompletableFuture.supplyAsync(() -> reminders.remind(day));
    var second = CompletableFuture.supplyAsync(() -> reminders.remind(day));
    int sent = first.get() + second.get();
    int third = reminders.remind(day);

    assertThat(sent).isEqualTo(2);
    assertThat(third).isZero();
    assertThat(bodies(c.manId(), "明日婚姻登记预约提醒")).hasSize(1);
    assertThat(bodies(c.womanId(), "明日婚姻登记预约提醒"))
        .singleElement()
        .satisfies(body -> assertThat(body).contains(c.appointment().code()));
    assertThat(bodies(cancelled.manId(), "明日婚姻登记预约提醒")).isEmpty();
  }

  @Test
  void aBookingCancelledByTheOfficeIsReleasedAuditedAndBothPartiesAreTold() {
    Couple c = bookedCouple(DAY.plusDays(1));
    long id = c.appointment().id();

    RegistryTestData.as(
        RegistryTestData.auth(MarriageFixtures.JINJIANG, Role.STREET_CASEWORKER),
        () -> {
          counter.cancelByOffice(id, "登记系统停机维护");
          return null;
        });

    assertThat(bookings.find(id).status()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(
            jdbc.sql("select booked from booking.slot where id = ?")
                .param(c.appointment().slotId())
                .query(Integer.class)
                .single())
        .isZero();
    for (long person : new long[] {c.manId(), c.womanId()}) {
      assertThat(bodies(person, "婚姻登记预约已被登记处取消"))
          .singleElement()
          .satisfies(body -> assertThat(body).contains("登记系统停机维护"));
    }
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.audit_log"
                        + " where action = 'marriage.booking.cancel-by-office' and target_id = ?")
                .param("" + id)
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void aPartyUnknownToTheRegistryIsBookedWithoutAMessage() {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, DAY, 4);
    String man = adult(true);
    long manId =
        registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    Appointment a =
        bookings.book(new BookingRequest(slot, AppointmentType.MARRIAGE, man, adult(false), null));
    MarriageFixtures.delivered(outbox, jdbc, a.id());
    assertThat(bodies(manId, "婚姻登记预约成功")).hasSize(1);
    assertThat(
            jdbc.sql("select count(*) from portal.citizen_message where once_key like ?")
                .param("marriage:booked:" + a.id() + ":%")
                .query(Long.class)
                .single())
        .isOne();
  }
}
