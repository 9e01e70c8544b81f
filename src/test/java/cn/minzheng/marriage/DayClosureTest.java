package cn.minzheng.marriage;

import static cn.minzheng.marriage.MarriageFixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentStatus;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.closures.DayClosures;
import cn.minzheng.marriage.domain.offices.OfficeActivation;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.marriage.domain.offices.SlotGenerator;
import cn.minzheng.marriage.domain.offices.SlotTemplate;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A day closed after its slots were generated: no booking is ever lost silently. */
@SpringBootTest
class DayClosureTest {

  @Autowired DayClosures closures;
  @Autowired OfficeActivation activation;
  @Autowired BookingService bookings;
  @Autowired Offices offices;
  @Autowired SlotGenerator generator;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  private Appointment book(long slot, Long[] registryIds) {
    String man = adult(true);
    String woman = adult(false);
    if (registryIds != null) {
      registryIds[0] =
          registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
      registryIds[1] =
          registry.person(woman, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    }
    return bookings.book(new BookingRequest(slot, AppointmentType.MARRIAGE, man, woman, null));
  }

  private int slotsOf(long office, LocalDate day) {
    return jdbc.sql(
            "select count(*) from booking.slot_fact where owner = 'marriage.office' and owner_key = ? and day = ?")
        .params(office, day)
        .query(Integer.class)
        .single();
  }

  @Test
  void aHolidayAddedLaterRemovesFreeSlotsAndCancelsBookingsWithAMessage() {
    // A day of its own: the holiday closes every office of the city on it.
    LocalDate day = LocalDate.of(2037, 6, 15);
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    offices.addTemplate(
        office,
        SlotTemplate.regular(day.getDayOfWeek(), LocalTime.of(9, 0), LocalTime.of(9, 30), 4));
    long booked = MarriageFixtures.slot(jdbc, office, day, 4);
    long onceBooked = MarriageFixtures.slot(jdbc, office, day, 4);
    long free = MarriageFixtures.slot(jdbc, office, day, 4);
    Long[] couple = new Long[2];
    Appointment kept = book(booked, couple);
    bookings.cancel(book(onceBooked, null).id());

    DayClosures.Outcome outcome = closures.closeCity(day, "测试假日");

    assertThat(outcome.cancelledBookings()).isEqualTo(1);
    assertThat(bookings.find(kept.id()).status()).isEqualTo(AppointmentStatus.CANCELLED);
    for (long person : new long[] {couple[0], couple[1]}) {
      assertThat(
              jdbc.sql(
                      "select body from portal.citizen_message where person_id = ?"
                          + " and subject = '婚姻登记预约已被登记处取消'")
                  .param(person)
                  .query(String.class)
                  .single())
          .contains("测试假日")
          .contains(kept.code());
    }
    // The never-booked slot is gone; the two with appointment history stay, closed.
    assertThat(slotsOf(office, day)).isEqualTo(2);
    assertThat(
            jdbc.sql("select count(*) from booking.slot where id = ?")
                .param(free)
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(bookings.slots(office, day, day)).isEmpty();
    assertThatThrownBy(() -> book(booked, null)).isInstanceOf(BookingRejectedException.class);
    generator.generate(day, 1);
    assertThat(slotsOf(office, day)).isEqualTo(2);
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.audit_log where action ="
                        + " 'marriage.booking.cancel-by-office' and target_id = ?")
                .param("" + kept.id())
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void closingADayTwiceCancelsNothingMore() {
    LocalDate day = LocalDate.of(2037, 7, 14);
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    book(MarriageFixtures.slot(jdbc, office, day, 2), null);

    assertThat(closures.closeOffice(office, day, "设备检修").cancelledBookings()).isEqualTo(1);
    assertThat(closures.closeOffice(office, day, "设备检修")).isEqualTo(new DayClosures.Outcome(0, 0));
  }

  @Test
  void anOfficeClosureLeavesTheOtherOfficesOfThatDayOpen() {
    LocalDate day = LocalDate.of(2037, 8, 3);
    long closed = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long open = MarriageFixtures.office(offices, MarriageFixtures.QINGYANG);
    MarriageFixtures.slot(jdbc, closed, day, 2);
    long other = MarriageFixtures.slot(jdbc, open, day, 2);
    Appointment elsewhere = book(other, null);

    DayClosures.Outcome outcome = closures.closeOffice(closed, day, "设备检修");

    assertThat(outcome).isEqualTo(new DayClosures.Outcome(1, 0));
    assertThat(slotsOf(closed, day)).isZero();
    assertThat(bookings.find(elsewhere.id()).status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(bookings.slots(open, day, day)).hasSize(1);
    assertThat(closures.closuresOf(closed, day))
        .extracting(e -> e.getValue())
        .containsExactly("设备检修");
  }

  @Test
  void aPastDayCannotBeClosed() {
    assertThatThrownBy(() -> closures.closeCity(LocalDate.of(2020, 1, 1), "过去"))
        .isInstanceOf(BookingRejectedException.class);
  }

  @Test
  void aDeactivatedOfficeHonoursItsBookingsButTakesNoNewOnes() {
    LocalDate day = LocalDate.of(2037, 9, 9);
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, day, 4);
    long free = MarriageFixtures.slot(jdbc, office, day, 4);
    Appointment existing = book(slot, null);

    assertThat(activation.deactivate(office)).isEqualTo(1);

    assertThat(bookings.find(existing.id()).status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(offices.all()).noneMatch(o -> o.id() == office);
    assertThat(offices.find(office).orElseThrow().active()).isFalse();
    assertThat(slotsOf(office, day)).isEqualTo(1);
    assertThatThrownBy(() -> book(slot, null)).isInstanceOf(BookingRejectedException.class);
    assertThat(free).isNotEqualTo(slot);

    activation.reactivate(office);
    assertThat(book(slot, null).status()).isEqualTo(AppointmentStatus.BOOKED);
  }
}
