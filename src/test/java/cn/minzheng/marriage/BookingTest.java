package cn.minzheng.marriage;

import static cn.minzheng.marriage.MarriageFixtures.adult;
import static cn.minzheng.marriage.MarriageFixtures.idNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentStatus;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.counter.CounterService;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class BookingTest {

  private static final LocalDate DAY = LocalDate.of(2031, 5, 6);

  @Autowired BookingService bookings;
  @Autowired Offices offices;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;
  @Autowired CounterService counter;
  @Autowired PersonCommands commands;
  @Autowired cn.minzheng.marriage.domain.booking.PastAppointments pastAppointments;

  private long slot(int capacity) {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    return MarriageFixtures.slot(jdbc, office, DAY, capacity);
  }

  private Appointment marriage(long slot, String man, String woman) {
    return bookings.book(new BookingRequest(slot, AppointmentType.MARRIAGE, man, woman, null));
  }

  /**
   * A clerk marks the appointment a no-show, dated {@code daysAgo} (its slot has passed by then).
   */
  private void noShow(Appointment a, int daysAgo) {
    RegistryTestData.as(
        RegistryTestData.auth(MarriageFixtures.JINJIANG, Role.STREET_CASEWORKER),
        () -> {
          counter.markNoShow(a.id());
          return null;
        });
    jdbc.sql("update marriage.appointment_party set slot_day = ? where appointment_id = ?")
        .params(ChinaTime.today().minusDays(daysAgo), a.id())
        .update();
  }

  @Test
  void manOnHis22ndBirthdayMayBookAndTheDayBeforeMayNot() {
    long slot = slot(10);
    assertThat(marriage(slot, idNumber(DAY.minusYears(22), true), adult(false)).code()).hasSize(10);
    assertThatThrownBy(
            () -> marriage(slot, idNumber(DAY.minusYears(22).plusDays(1), true), adult(false)))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessageContaining("22");
  }

  @Test
  void womanOnHer20thBirthdayMayBookAndTheDayBeforeMayNot() {
    long slot = slot(10);
    assertThat(marriage(slot, adult(true), idNumber(DAY.minusYears(20), false)).status())
        .isEqualTo(AppointmentStatus.BOOKED);
    assertThatThrownBy(
            () -> marriage(slot, adult(true), idNumber(DAY.minusYears(20).plusDays(1), false)))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessageContaining("20");
  }

  /**
   * Born on 29 February: the age is counted in completed years on the slot's day (Period), so a man
   * born 29 Feb 2012 is 22 on 1 March 2034, not on 28 February; a woman born that day turns 20 on
   * 29 February 2032, a leap day itself. The booking statement compares the slot's day with the day
   * of legal age the Java rule computed.
   */
  @Test
  void bornOnALeapDayComesOfAgeOnTheDayTheAgeIsCompleted() {
    LocalDate leapDay = LocalDate.of(2012, 2, 29);
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long feb28 = MarriageFixtures.slot(jdbc, office, LocalDate.of(2034, 2, 28), 5);
    long mar1 = MarriageFixtures.slot(jdbc, office, LocalDate.of(2034, 3, 1), 5);
    assertThatThrownBy(() -> marriage(feb28, idNumber(leapDay, true), adult(false)))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessageContaining("男方须年满22周岁")
        .extracting(e -> ((BookingRejectedException) e).field())
        .isEqualTo("firstIdNumber");
    assertThat(marriage(mar1, idNumber(leapDay, true), adult(false)).day())
        .isEqualTo(LocalDate.of(2034, 3, 1));

    long woman28 = MarriageFixtures.slot(jdbc, office, LocalDate.of(2032, 2, 28), 5);
    long woman29 = MarriageFixtures.slot(jdbc, office, LocalDate.of(2032, 2, 29), 5);
    assertThatThrownBy(() -> marriage(woman28, adult(true), idNumber(leapDay, false)))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessageContaining("女方须年满20周岁")
        .extracting(e -> ((BookingRejectedException) e).field())
        .isEqualTo("secondIdNumber");
    assertThat(marriage(woman29, adult(true), idNumber(leapDay, false)).status())
        .isEqualTo(AppointmentStatus.BOOKED);
  }

  @Test
  void refusesIdNumberWithWrongCheckDigit() {
    String valid = adult(true);
    char wrong = valid.charAt(17) == '0' ? '1' : '0';
    String invalid = valid.substring(0, 17) + wrong;
    assertThatThrownBy(() -> marriage(slot(10), invalid, adult(false)))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessageContaining("身份证号无效");
  }

  /**
   * Both parties are looked up in one round trip; the refusals still come in the form's order: the
   * own number, whether it is one's own, then the partner's number.
   */
  @Test
  void anOnlineBookingNamesTheOwnNumberFirstThenThePartners() {
    String own = adult(true);
    long personId =
        registry.person(own, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    String other = adult(true);
    registry.person(other, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED);
    String partner = adult(false);
    String invalidPartner = partner.substring(0, 17) + (partner.charAt(17) == '0' ? '1' : '0');
    long slot = slot(10);

    assertThatThrownBy(
            () ->
                bookings.book(
                    BookingRequest.byCitizen(
                        slot, AppointmentType.MARRIAGE, "123", invalidPartner, 1L, personId)))
        .isInstanceOfSatisfying(
            BookingRejectedException.class, e -> assertThat(e.field()).isEqualTo("ownIdNumber"))
        .hasMessage("本人身份证号无效，请核对后重新填写");
    assertThatThrownBy(
            () ->
                bookings.book(
                    BookingRequest.byCitizen(
                        slot, AppointmentType.MARRIAGE, other, invalidPartner, 1L, personId)))
        .isInstanceOfSatisfying(
            BookingRejectedException.class, e -> assertThat(e.field()).isEqualTo("ownIdNumber"))
        .hasMessage("本人身份证号与登录账号不一致");
    assertThatThrownBy(
            () ->
                bookings.book(
                    BookingRequest.byCitizen(
                        slot, AppointmentType.MARRIAGE, own, invalidPartner, 1L, personId)))
        .isInstanceOfSatisfying(
            BookingRejectedException.class, e -> assertThat(e.field()).isEqualTo("secondIdNumber"))
        .hasMessage("第二方身份证号无效，请核对后重新填写");
  }

  @Test
  void refusesMarriageBookingForSomeoneRecordedMarried() {
    String married = adult(true);
    registry.person(married, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.MARRIED).id();
    assertThatThrownBy(() -> marriage(slot(10), married, adult(false)))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessageContaining("已婚");
  }

  @Test
  void refusesASecondPartyRecordedMarriedNamingThatFieldBeforeTheSlotsOwnRules() {
    String married = adult(false);
    registry.person(married, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.MARRIED);
    assertThatThrownBy(() -> marriage(slot(10), adult(true), married))
        .isInstanceOfSatisfying(
            BookingRejectedException.class, e -> assertThat(e.field()).isEqualTo("secondIdNumber"))
        .hasMessage("人口库登记为已婚，不能预约结婚登记");
    // the registry's rule comes before the slot's, as the form reads them: a missing slot too
    assertThatThrownBy(() -> marriage(-1, married, adult(true)))
        .isInstanceOfSatisfying(
            BookingRejectedException.class, e -> assertThat(e.field()).isEqualTo("firstIdNumber"))
        .hasMessage("人口库登记为已婚，不能预约结婚登记");
    assertThatThrownBy(() -> marriage(-1, adult(true), married))
        .isInstanceOfSatisfying(
            BookingRejectedException.class, e -> assertThat(e.field()).isEqualTo("secondIdNumber"))
        .hasMessage("人口库登记为已婚，不能预约结婚登记");
  }

  @Test
  void aMarriageRegisteredThroughTheRegistryBlocksTheNextBookingAndADivorceFreesIt() {
    String man = adult(true);
    long manId =
        registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    long slot = slot(10);
    RegistryTestData.as(
        RegistryTestData.auth(MarriageFixtures.JINJIANG, Role.CITY_ADMIN),
        () -> {
          commands.changeMaritalStatus(manId, MaritalStatus.MARRIED, DAY.minusYears(1), "MARRIAGE");
          return null;
        });
    assertThatThrownBy(() -> marriage(slot, man, adult(false)))
        .isInstanceOfSatisfying(
            BookingRejectedException.class, e -> assertThat(e.field()).isEqualTo("firstIdNumber"))
        .hasMessage("人口库登记为已婚，不能预约结婚登记");
    RegistryTestData.as(
        RegistryTestData.auth(MarriageFixtures.JINJIANG, Role.CITY_ADMIN),
        () -> {
          commands.changeMaritalStatus(manId, MaritalStatus.DIVORCED, DAY.minusDays(30), "DIVORCE");
          return null;
        });
    Appointment a = marriage(slot, man, adult(false));
    assertThat(
            jdbc.sql(
                    "select person_id from marriage.appointment_party"
                        + " where appointment_id = ? and position = 1")
                .param(a.id())
                .query(Long.class)
                .single())
        .as("the statement's look-up gives the party its registry person")
        .isEqualTo(manId);
  }

  @Test
  void anOnlineBookingOfAnotherPersonsNumberIsRefusedAsNotOnesOwnBeforeAnyOtherRule() {
    String own = adult(true);
    long personId =
        registry.person(own, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    String other = adult(true);
    registry.person(other, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.MARRIED);
    String unknown = adult(true);
    long slot = slot(10);
    for (String first : new String[] {other, unknown}) {
      // checked by the statement (a valid pair), and before a pair rule refused here (two men)
      for (String partner : new String[] {adult(false), adult(true)}) {
        assertThatThrownBy(
                () ->
                    bookings.book(
                        BookingRequest.byCitizen(
                            slot, AppointmentType.MARRIAGE, first, partner, 1L, personId)))
            .isInstanceOfSatisfying(
                BookingRejectedException.class, e -> assertThat(e.field()).isEqualTo("ownIdNumber"))
            .hasMessage("本人身份证号与登录账号不一致");
      }
    }
    assertThatThrownBy(
            () ->
                bookings.book(
                    BookingRequest.byCitizen(
                        slot, AppointmentType.MARRIAGE, own, adult(true), 1L, personId)))
        .isInstanceOfSatisfying(
            BookingRejectedException.class, e -> assertThat(e.field()).isEqualTo("secondIdNumber"))
        .hasMessage("结婚登记须为一男一女");
    assertThat(
            bookings
                .book(
                    BookingRequest.byCitizen(
                        slot, AppointmentType.MARRIAGE, own, adult(false), 1L, personId))
                .status())
        .isEqualTo(AppointmentStatus.BOOKED);
  }

  @Test
  void divorceBookingForMarriedCoupleIsAccepted() {
    String man = adult(true);
    registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.MARRIED).id();
    Appointment a =
        bookings.book(
            new BookingRequest(slot(10), AppointmentType.DIVORCE, man, adult(false), null));
    assertThat(a.type()).isEqualTo(AppointmentType.DIVORCE);
  }

  @Test
  void refusesSecondActiveBookingOfTheSamePerson() {
    String man = adult(true);
    marriage(slot(10), man, adult(false));
    assertThatThrownBy(() -> marriage(slot(10), man, adult(false)))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessageContaining("已有未完成的预约");
  }

  @Test
  void refusesASecondPartyWhoAlreadyHoldsAnActiveBookingNamingThatField() {
    String woman = adult(false);
    marriage(slot(10), adult(true), woman);
    assertThatThrownBy(() -> marriage(slot(10), adult(true), woman))
        .isInstanceOfSatisfying(
            BookingRejectedException.class, e -> assertThat(e.field()).isEqualTo("secondIdNumber"))
        .hasMessageContaining("已有未完成的预约");
  }

  @Test
  void theDatabaseRefusesASecondActivePartyRowOfOnePerson() {
    String man = adult(true);
    Appointment a = marriage(slot(10), man, adult(false));
    long other =
        jdbc.sql(
                "insert into marriage.appointment (slot_id, office_id, type, code)"
                    + " values (?, ?, 'MARRIAGE', ?) returning id")
            .params(a.slotId(), a.officeId(), "RAW" + a.id())
            .query(Long.class)
            .single();
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "insert into marriage.appointment_party (appointment_id, position, id_idx,"
                            + " id_enc, id_masked, sex, slot_day) select ?, 1, id_idx, id_enc,"
                            + " id_masked, sex, slot_day from marriage.appointment_party"
                            + " where appointment_id = ? and position = 1")
                    .params(other, a.id())
                    .update())
        .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
  }

  @Test
  void aCancelledSeatIsOfferedAgain() {
    long slot = slot(1);
    Appointment first = marriage(slot, adult(true), adult(false));
    assertThatThrownBy(() -> marriage(slot, adult(true), adult(false)))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessageContaining("约满");

    bookings.cancel(first.id());

    assertThat(bookings.find(first.id()).status()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(marriage(slot, adult(true), adult(false)).slotId()).isEqualTo(slot);
    assertThat(booked(slot)).isEqualTo(1);
  }

  @Test
  void aCancelledPersonMayBookAgain() {
    String man = adult(true);
    Appointment first = marriage(slot(5), man, adult(false));
    bookings.cancel(first.id());
    assertThat(marriage(slot(5), man, adult(false)).status()).isEqualTo(AppointmentStatus.BOOKED);
  }

  @Test
  void reschedulingTakesTheNewSeatAndGivesBackTheOld() {
    long from = slot(1);
    long to = slot(1);
    Appointment a = marriage(from, adult(true), adult(false));

    Appointment moved = bookings.reschedule(a.id(), to);

    assertThat(moved.slotId()).isEqualTo(to);
    assertThat(booked(from)).isZero();
    assertThat(booked(to)).isEqualTo(1);
  }

  @Test
  void refusesSameSexMarriageBooking() {
    assertThatThrownBy(() -> marriage(slot(10), adult(true), adult(true)))
        .isInstanceOf(BookingRejectedException.class);
  }

  @Test
  void twoNoShowsWithin90DaysBlockOnlineBookingButNotTheCounter() {
    String man = adult(true);
    for (int daysAgo : new int[] {60, 5}) {
      noShow(marriage(slot(5), man, adult(false)), daysAgo);
    }
    long slot = slot(5);
    assertThatThrownBy(
            () ->
                bookings.book(
                    new BookingRequest(slot, AppointmentType.MARRIAGE, man, adult(false), 42L)))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessageContaining("未到场");
    assertThat(marriage(slot, man, adult(false)).status()).isEqualTo(AppointmentStatus.BOOKED);
  }

  @Test
  void twoNoShowsOfTheSecondPartyBlockOnlineBookingToo() {
    String woman = adult(false);
    for (int daysAgo : new int[] {89, 1}) {
      noShow(marriage(slot(5), adult(true), woman), daysAgo);
    }
    long slot = slot(5);
    assertThatThrownBy(
            () ->
                bookings.book(
                    new BookingRequest(slot, AppointmentType.MARRIAGE, adult(true), woman, 43L)))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessageContaining("未到场");
  }

  @Test
  void appointmentsOfPastDaysAreClosedSoTheirPartiesMayBookAgain() {
    String man = adult(true);
    String woman = adult(false);
    Appointment missed = marriage(slot(5), man, adult(false));
    Appointment served = marriage(slot(5), adult(true), woman);
    RegistryTestData.as(
        RegistryTestData.auth(MarriageFixtures.JINJIANG, Role.STREET_CASEWORKER),
        () -> {
          counter.checkIn(served.id());
          return null;
        });

    pastAppointments.close(DAY.plusDays(1));

    assertThat(bookings.find(missed.id()).status()).isEqualTo(AppointmentStatus.NO_SHOW);
    assertThat(bookings.find(served.id()).status()).isEqualTo(AppointmentStatus.COMPLETED);
    long later =
        MarriageFixtures.slot(
            jdbc, MarriageFixtures.office(offices, MarriageFixtures.JINJIANG), DAY.plusDays(7), 5);
    assertThat(marriage(later, man, woman).status()).isEqualTo(AppointmentStatus.BOOKED);
  }

  int booked(long slot) {
    return jdbc.sql("select booked from booking.slot where id = ?")
        .param(slot)
        .query(Integer.class)
        .single();
  }
}
