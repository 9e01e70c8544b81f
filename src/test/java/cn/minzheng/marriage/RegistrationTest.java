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
import cn.minzheng.marriage.domain.counter.CounterService;
import cn.minzheng.marriage.domain.counter.MarriageRegistration;
import cn.minzheng.marriage.domain.counter.Registration;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class RegistrationTest {

  private static final LocalDate DAY = LocalDate.of(2031, 6, 10);

  @Autowired BookingService bookings;
  @Autowired CounterService counter;
  @Autowired MarriageRegistration registration;
  @Autowired Offices offices;
  @Autowired RegistryFixtures registry;
  @Autowired PersonDirectory directory;
  @Autowired JdbcClient jdbc;

  record Couple(String man, String woman, long manId, long womanId) {}

  private Couple unmarriedCouple() {
    String man = adult(true);
    String woman = adult(false);
    return new Couple(
        man,
        woman,
        registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id(),
        registry.person(woman, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id());
  }

  private Appointment booked(long office, Couple c, LocalDate day) {
    long slot = MarriageFixtures.slot(jdbc, office, day, 5);
    return bookings.book(
        new BookingRequest(slot, AppointmentType.MARRIAGE, c.man(), c.woman(), null));
  }

  private static <T> T asJinjiangClerk(Supplier<T> work) {
    return RegistryTestData.as(
        RegistryTestData.auth(MarriageFixtures.JINJIANG, Role.STREET_CASEWORKER), work);
  }

  @Test
  void marriageRegistrationMakesBothPersonsMarriedInTheRegistry() {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    Couple c = unmarriedCouple();
    Appointment a = booked(office, c, DAY);
    asJinjiangClerk(
        () -> {
          counter.checkIn(a.id());
          return null;
        });

    Registration r = asJinjiangClerk(() -> registration.register(a.id(), c.woman(), c.man(), DAY));

    assertThat(directory.find(c.manId()).orElseThrow().maritalStatus())
        .isEqualTo(MaritalStatus.MARRIED);
    assertThat(directory.find(c.womanId()).orElseThrow().maritalStatus())
        .isEqualTo(MaritalStatus.MARRIED);
    assertThat(r.certificateNo()).endsWith("-2031-000001").startsWith("J-");
    assertThat(bookings.find(a.id()).status()).isEqualTo(AppointmentStatus.COMPLETED);
  }

  @Test
  void certificateNumbersRunWithoutGapsPerOfficeAndYear() {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long other = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);

    String n1 = register(office, DAY);
    String n2 = register(office, DAY.plusDays(1));
    String otherFirst = register(other, DAY);
    String n3 = register(office, DAY.plusDays(2));
    String nextYear = register(office, LocalDate.of(2032, 1, 5));

    assertThat(n1).endsWith("-2031-000001");
    assertThat(n2).endsWith("-2031-000002");
    assertThat(n3).endsWith("-2031-000003");
    assertThat(otherFirst).endsWith("-2031-000001");
    assertThat(nextYear).endsWith("-2032-000001");
  }

  @Test
  void aRefusedRegistrationUsesNoCertificateNumber() {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    Couple c = unmarriedCouple();
    Appointment a = booked(office, c, DAY);
    assertThatThrownBy(
            () -> asJinjiangClerk(() -> registration.register(a.id(), c.man(), adult(false), DAY)))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessageContaining("不一致");
    assertThat(register(office, DAY)).endsWith("-2031-000001");
  }

  @Test
  void refusesIdentitiesThatAreNotTheBookedParties() {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    Couple c = unmarriedCouple();
    Appointment a = booked(office, c, DAY);
    assertThatThrownBy(
            () -> asJinjiangClerk(() -> registration.register(a.id(), c.man(), adult(false), DAY)))
        .isInstanceOf(BookingRejectedException.class);
    assertThat(directory.find(c.manId()).orElseThrow().maritalStatus())
        .isEqualTo(MaritalStatus.UNMARRIED);
  }

  @Test
  void clerkOfAnotherDistrictDoesNotSeeTheAppointment() {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    Appointment a = booked(office, unmarriedCouple(), DAY);
    assertThatThrownBy(
            () ->
                RegistryTestData.as(
                    RegistryTestData.auth(MarriageFixtures.QINGYANG, Role.STREET_CASEWORKER),
                    () -> {
                      counter.checkIn(a.id());
                      return null;
                    }))
        .isInstanceOf(RecordNotFoundException.class);
  }

  private String register(long office, LocalDate day) {
    Couple c = unmarriedCouple();
    Appointment a = booked(office, c, day);
    return asJinjiangClerk(() -> registration.register(a.id(), c.man(), c.woman(), day))
        .certificateNo();
  }
}
