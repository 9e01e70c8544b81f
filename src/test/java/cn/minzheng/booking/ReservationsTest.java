package cn.minzheng.booking;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.booking.Reservation.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Reservations: seat and status change together, each transition only from BOOKED. */
@SpringBootTest
class ReservationsTest {

  private static final LocalDate DAY = LocalDate.of(2032, 4, 1);

  @Autowired Slots slots;
  @Autowired Reservations reservations;

  @Test
  void bookingTakesASeatAndCancellingGivesItBackOnce() {
    long slot = BookingFixtures.slot(slots, BookingFixtures.resource(slots), DAY, 1);

    Reservation r = reservations.book(slot, "test.family:1").orElseThrow();
    assertThat(r.status()).isEqualTo(Status.BOOKED);
    assertThat(reservations.book(slot, "test.family:2")).isEmpty();
    assertThat(slots.find(slot).orElseThrow().booked()).isOne();

    assertThat(reservations.cancel(r.id())).isTrue();
    assertThat(reservations.cancel(r.id())).isFalse();
    assertThat(slots.find(slot).orElseThrow().booked()).isZero();
    assertThat(reservations.find(r.id()).orElseThrow().status()).isEqualTo(Status.CANCELLED);
    assertThat(reservations.book(slot, "test.family:2")).isPresent();
  }

  @Test
  void attendedAndNoShowKeepTheSeatAndAreFinal() {
    long slot = BookingFixtures.slot(slots, BookingFixtures.resource(slots), DAY, 3);
    Reservation came = reservations.book(slot, "test.family:1").orElseThrow();
    Reservation away = reservations.book(slot, "test.family:2").orElseThrow();

    assertThat(reservations.attend(came.id())).isTrue();
    assertThat(reservations.noShow(away.id())).isTrue();
    assertThat(reservations.cancel(came.id())).isFalse();
    assertThat(reservations.attend(away.id())).isFalse();
    assertThat(slots.find(slot).orElseThrow().booked()).isEqualTo(2);
    assertThat(reservations.ofSlot(slot))
        .extracting(Reservation::status)
        .containsExactly(Status.ATTENDED, Status.NO_SHOW);
  }

  @Test
  void aClosedOrUnknownSlotTakesNoReservation() {
    long resource = BookingFixtures.resource(slots);
    long slot = BookingFixtures.slot(slots, resource, DAY, 3);
    slots.closeAfter(resource, DAY.minusDays(1));

    assertThat(reservations.book(slot, "test.family:1")).isEmpty();
    assertThat(reservations.book(-1, "test.family:1")).isEmpty();
    assertThat(slots.find(slot).orElseThrow().booked()).isZero();
  }
}
