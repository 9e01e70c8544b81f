package cn.minzheng.marriage;

import static cn.minzheng.marriage.MarriageFixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.marriage.domain.weddings.CollectiveWeddings;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class CollectiveWeddingTest {

  private static final LocalDate DAY = LocalDate.of(2031, 10, 10);

  @Autowired CollectiveWeddings weddings;
  @Autowired BookingService bookings;
  @Autowired Offices offices;
  @Autowired JdbcClient jdbc;

  private static <T> T clerk(Supplier<T> work) {
    return RegistryTestData.as(
        RegistryTestData.auth(MarriageFixtures.JINJIANG, Role.STREET_CASEWORKER), work);
  }

  private Appointment booked(long office, LocalDate day) {
    long slot = MarriageFixtures.slot(jdbc, office, day, 5);
    return bookings.book(
        new BookingRequest(slot, AppointmentType.MARRIAGE, adult(true), adult(false), null));
  }

  @Test
  void couplesOfTheDayJoinUntilThePlacesAreTakenAndOnlyOnce() {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long wedding = clerk(() -> weddings.create(office, DAY, "金秋集体婚礼", 2));
    Appointment first = booked(office, DAY);
    Appointment second = booked(office, DAY);
    Appointment third = booked(office, DAY);

    clerk(() -> join(wedding, first.code().toLowerCase()));
    assertThatThrownBy(() -> clerk(() -> join(wedding, first.code())))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessageContaining("已加入");
    clerk(() -> join(wedding, second.code()));
    assertThatThrownBy(() -> clerk(() -> join(wedding, third.code())))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessageContaining("已满");

    assertThat(clerk(() -> weddings.couples(wedding)))
        .extracting(Appointment::id)
        .containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(clerk(() -> weddings.find(wedding)).joined()).isEqualTo(2);
  }

  @Test
  void aBookingOfAnotherDayCannotJoin() {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long wedding = clerk(() -> weddings.create(office, DAY, "集体婚礼", 5));
    Appointment otherDay = booked(office, DAY.plusDays(1));
    assertThatThrownBy(() -> clerk(() -> join(wedding, otherDay.code())))
        .isInstanceOf(BookingRejectedException.class);
  }

  private Object join(long wedding, String code) {
    weddings.join(wedding, code);
    return null;
  }
}
