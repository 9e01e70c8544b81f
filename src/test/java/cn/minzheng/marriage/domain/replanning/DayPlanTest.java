package cn.minzheng.marriage.domain.replanning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.booking.NewSlot;
import cn.minzheng.booking.Slot;
import cn.minzheng.marriage.domain.replanning.DayPlan.Replan;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Re-planning one office's day: what is kept, re-planned, closed, removed and opened. */
class DayPlanTest {

  private static final LocalDate DAY = LocalDate.of(2032, 5, 20);
  private static final long RESOURCE = 7;

  private static Slot slot(long id, int hour, int minute, int capacity, int booked) {
    LocalTime start = LocalTime.of(hour, minute);
    return new Slot(
        id, RESOURCE, 1, DAY, start, start.plusMinutes(60), capacity, booked, false, false);
  }

  private static NewSlot planned(int hour, int minute, int minutes, int capacity) {
    LocalTime start = LocalTime.of(hour, minute);
    return new NewSlot(RESOURCE, DAY, start, start.plusMinutes(minutes), capacity, true);
  }

  @Test
  void aSlotAtAPlannedStartTakesThePlanAndKeepsItsBookings() {
    DayPlan plan =
        DayPlan.of(List.of(slot(1, 9, 0, 4, 2)), List.of(planned(9, 0, 30, 6)), List.of());

    assertThat(plan.toReplan()).containsExactly(new Replan(1, LocalTime.of(9, 30), 6, true));
    assertThat(plan.toOpen()).isEmpty();
    assertThat(plan.toClose()).isEmpty();
    assertThat(plan.toRemove()).isEmpty();
    assertThat(plan.keptBookings()).isEqualTo(2);
  }

  @Test
  void moreBookingsThanThePlanGivesKeepTheirSeats() {
    DayPlan plan =
        DayPlan.of(List.of(slot(1, 9, 0, 8, 7)), List.of(planned(9, 0, 30, 6)), List.of());

    assertThat(plan.toReplan()).containsExactly(new Replan(1, LocalTime.of(9, 30), 7, true));
  }

  @Test
  void aBookedSlotThePlanNoLongerHasIsClosedAndItsSeatsCountInThePlannedSlotItStartsIn() {
    // 10:00 with 1 booking lies in the planned 09:30-10:30 (6 seats): 5 are opened there
    DayPlan plan =
        DayPlan.of(
            List.of(slot(1, 10, 0, 4, 1)),
            List.of(planned(9, 30, 60, 6), planned(10, 30, 30, 6)),
            List.of(1L));

    assertThat(plan.toClose()).containsExactly(1L);
    assertThat(plan.keptSlots()).isOne();
    assertThat(plan.keptBookings()).isOne();
    assertThat(plan.toOpen())
        .extracting(NewSlot::start, NewSlot::capacity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalTime.of(9, 30), 5),
            org.assertj.core.groups.Tuple.tuple(LocalTime.of(10, 30), 6));
  }

  @Test
  void aPlannedSlotWhoseSeatsAreAllHeldElsewhereIsNotOpened() {
    // the planned 10:00-10:30 has 2 seats; the kept 10:15 slot holds 2 bookings already
    DayPlan plan =
        DayPlan.of(List.of(slot(1, 10, 15, 3, 2)), List.of(planned(10, 0, 30, 2)), List.of(1L));

    assertThat(plan.toOpen()).isEmpty();
    assertThat(plan.toClose()).containsExactly(1L);
  }

  @Test
  void anUnbookedSlotIsRemovedUnlessAnAppointmentEverReferredToIt() {
    DayPlan plan =
        DayPlan.of(
            List.of(slot(1, 14, 0, 4, 0), slot(2, 15, 0, 4, 0)),
            List.of(planned(9, 0, 30, 6)),
            List.of(2L));

    assertThat(plan.toRemove()).containsExactly(1L);
    assertThat(plan.toClose()).containsExactly(2L);
    assertThat(plan.keptSlots()).isZero();
    assertThat(plan.toOpen()).extracting(NewSlot::start).containsExactly(LocalTime.of(9, 0));
  }

  @Test
  void anEmptyPlanClosesOrRemovesEverySlotAndKeepsTheBookings() {
    DayPlan plan =
        DayPlan.of(List.of(slot(1, 9, 0, 4, 3), slot(2, 10, 0, 4, 0)), List.of(), List.of(1L));

    assertThat(plan.toClose()).containsExactly(1L);
    assertThat(plan.toRemove()).containsExactly(2L);
    assertThat(plan.keptBookings()).isEqualTo(3);
    assertThat(plan.toOpen()).isEmpty();
    assertThat(plan.toReplan()).isEmpty();
  }
}
