package cn.minzheng.marriage;

import static cn.minzheng.marriage.MarriageFixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.counter.CounterService;
import cn.minzheng.marriage.domain.counter.MarriageRegistration;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.marriage.domain.statistics.MarriageStatistics;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class StatisticsTest {

  private static final LocalDate DAY = LocalDate.of(2033, 4, 12);

  @Autowired Offices offices;
  @Autowired BookingService bookings;
  @Autowired CounterService counter;
  @Autowired MarriageRegistration registration;
  @Autowired MarriageStatistics statistics;
  @Autowired JdbcClient jdbc;

  private static <T> T asClerkOf(String region, Supplier<T> work) {
    return RegistryTestData.as(RegistryTestData.auth(region, Role.STREET_CASEWORKER), work);
  }

  @Test
  void countsRegistrationsSlotUseAndNoShowsOfTheOfficesInScopeOnly() {
    long office = MarriageFixtures.office(offices, MarriageFixtures.QINGYANG);
    String name = offices.find(office).orElseThrow().name();
    long slot = MarriageFixtures.slot(jdbc, office, DAY, 4);
    String man = adult(true);
    String woman = adult(false);
    Appointment registered =
        bookings.book(new BookingRequest(slot, AppointmentType.MARRIAGE, man, woman, null));
    Appointment missed =
        bookings.book(
            new BookingRequest(slot, AppointmentType.MARRIAGE, adult(true), adult(false), null));
    asClerkOf(
        MarriageFixtures.QINGYANG,
        () -> {
          registration.register(registered.id(), man, woman, DAY);
          counter.markNoShow(missed.id());
          return null;
        });

    var regs = asClerkOf(MarriageFixtures.QINGYANG, () -> statistics.registrations(DAY, DAY));
    var use = asClerkOf(MarriageFixtures.QINGYANG, () -> statistics.slotUse(DAY, DAY));
    var noShows = asClerkOf(MarriageFixtures.QINGYANG, () -> statistics.noShows(DAY, DAY));
    var otherDistrict =
        asClerkOf(MarriageFixtures.JINJIANG, () -> statistics.registrations(DAY, DAY));

    assertThat(regs)
        .anySatisfy(
            r -> {
              assertThat(r.office()).isEqualTo(name);
              assertThat(r.count()).isEqualTo(1);
              assertThat(r.month()).isEqualTo("2033-04");
            });
    assertThat(use)
        .anySatisfy(
            u -> {
              assertThat(u.office()).isEqualTo(name);
              assertThat(u.booked()).isEqualTo(2);
              assertThat(u.percent()).isEqualTo(50);
            });
    assertThat(noShows)
        .anySatisfy(
            n -> {
              assertThat(n.office()).isEqualTo(name);
              assertThat(n.percent()).isEqualTo(50);
            });
    assertThat(otherDistrict).noneMatch(r -> r.office().equals(name));
  }
}
