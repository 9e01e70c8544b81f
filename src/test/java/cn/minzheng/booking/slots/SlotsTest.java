package cn.minzheng.booking.slots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.booking.BookingFixtures;
import cn.minzheng.booking.FreeDay;
import cn.minzheng.booking.NewSlot;
import cn.minzheng.booking.Slot;
import cn.minzheng.booking.Slots;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The engine's slots and seats: capacity, closing, reopening, removal and their indexes. */
@SpringBootTest
class SlotsTest {

  private static final LocalDate DAY = LocalDate.of(2032, 3, 1);

  @Autowired Slots slots;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void aResourceIsRegisteredOnceAndFoundAgain() {
    long key = System.nanoTime();
    long id = slots.resource("test.room", key, "甲");

    assertThat(slots.resource("test.room", key, "乙")).isEqualTo(id);
    assertThat(slots.resourceOf("test.room", key)).contains(id);
    assertThat(slots.resourceOf("test.hall", key)).isEmpty();
  }

  @Test
  void openingIsIdempotentAndKeepsTheSeatsTaken() {
    long resource = BookingFixtures.resource(slots);
    NewSlot morning = new NewSlot(resource, DAY, LocalTime.of(9, 0), LocalTime.of(9, 30), 2, true);
    NewSlot later = new NewSlot(resource, DAY, LocalTime.of(9, 30), LocalTime.of(10, 0), 3, false);

    assertThat(slots.open(List.of(morning, later))).isEqualTo(2);
    long first = slots.openSlots(resource, DAY, DAY).get(0).id();
    assertThat(slots.take(first)).isTrue();
    assertThat(slots.open(List.of(morning, later))).isZero();

    List<Slot> open = slots.openSlots(resource, DAY, DAY);
    assertThat(open)
        .extracting(Slot::start)
        .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30));
    assertThat(open.get(0).booked()).isEqualTo(1);
    assertThat(open.get(0).free()).isEqualTo(1);
    assertThat(slots.freeDays(resource, DAY, DAY)).containsExactly(new FreeDay(DAY, 1 + 3, true));
  }

  @Test
  void aFullSlotTakesNoMoreAndAReleasedSeatIsFreeAgain() {
    long slot = BookingFixtures.slot(slots, BookingFixtures.resource(slots), DAY, 2);

    assertThat(slots.take(slot)).isTrue();
    assertThat(slots.take(slot)).isTrue();
    assertThat(slots.take(slot)).isFalse();
    slots.release(slot);
    assertThat(slots.find(slot).orElseThrow().booked()).isEqualTo(1);
    assertThat(slots.take(slot)).isTrue();
    slots.release(slot);
    slots.release(slot);
    slots.release(slot);
    assertThat(slots.find(slot).orElseThrow().booked()).isZero();
  }

  @Test
  void aClosedSlotIsNeitherOfferedNorBookableUntilReopened() {
    long resource = BookingFixtures.resource(slots);
    long slot = BookingFixtures.slot(slots, resource, DAY, 2);

    assertThat(slots.closeAfter(resource, DAY.minusDays(1))).isOne();
    assertThat(slots.take(slot)).isFalse();
    assertThat(slots.openSlots(resource, DAY, DAY)).isEmpty();
    assertThat(slots.freeDays(resource, DAY, DAY)).isEmpty();

    assertThat(slots.reopen(List.of(slot))).isOne();
    assertThat(slots.take(slot)).isTrue();
  }

  @Test
  void closingADayClosesOnlyThatOwnersResourcesOfThatDay() {
    long key = System.nanoTime();
    long hall = slots.resource("test.hall", key, "告别厅");
    long otherHall = slots.resource("test.hall", key + 1, "告别厅二");
    long room = slots.resource("test.room", key, "活动室");
    long closing = BookingFixtures.slot(slots, hall, DAY, 1);
    long sameOwner = BookingFixtures.slot(slots, otherHall, DAY, 1);
    long nextDay = BookingFixtures.slot(slots, hall, DAY.plusDays(1), 1);
    long otherOwner = BookingFixtures.slot(slots, room, DAY, 1);

    assertThat(slots.closeDay("test.hall", key, DAY)).isOne();
    assertThat(slots.find(closing).orElseThrow().closed()).isTrue();
    assertThat(slots.find(sameOwner).orElseThrow().closed()).isFalse();

    slots.closeDay("test.hall", null, DAY);
    assertThat(slots.find(sameOwner).orElseThrow().closed()).isTrue();
    assertThat(slots.find(nextDay).orElseThrow().closed()).isFalse();
    assertThat(slots.find(otherOwner).orElseThrow().closed()).isFalse();
  }

  @Test
  void onlySlotsNobodyHoldsASeatOfAreRemoved() {
    long resource = BookingFixtures.resource(slots);
    long empty = BookingFixtures.slot(slots, resource, DAY, 2);
    long taken = BookingFixtures.slot(slots, resource, DAY.plusDays(1), 2);
    slots.take(taken);

    assertThat(slots.removeUnused(List.of(empty, taken))).isOne();
    assertThat(slots.find(empty)).isEmpty();
    assertThat(slots.find(taken)).isPresent();
  }

  @Test
  void aReplannedSlotNeverHasFewerSeatsThanTakenAndIsOpenAgain() {
    long resource = BookingFixtures.resource(slots);
    long slot = BookingFixtures.slot(slots, resource, DAY, 4);
    slots.take(slot);
    slots.take(slot);
    slots.take(slot);
    slots.close(List.of(slot));

    slots.replan(slot, LocalTime.of(9, 30), 1, true);

    Slot replanned = slots.find(slot).orElseThrow();
    assertThat(replanned.capacity()).isEqualTo(3);
    assertThat(replanned.booked()).isEqualTo(3);
    assertThat(replanned.end()).isEqualTo(LocalTime.of(9, 30));
    assertThat(replanned.peak()).isTrue();
    assertThat(replanned.closed()).isFalse();
    assertThat(slots.take(slot)).isFalse();
    slots.replan(slot, LocalTime.of(9, 30), 5, true);
    assertThat(slots.find(slot).orElseThrow().free()).isEqualTo(2);
  }

  @Test
  void closingSlotsKeepsTheirSeatsAndLockingADayListsClosedOnesToo() {
    long resource = BookingFixtures.resource(slots);
    long taken = BookingFixtures.slot(slots, resource, DAY, 2);
    slots.open(
        List.of(
            new NewSlot(resource, DAY, LocalTime.of(10, 0), LocalTime.of(11, 0), 2, false),
            new NewSlot(
                resource, DAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(9, 30), 2, false)));
    slots.take(taken);

    assertThat(slots.close(List.of(taken))).isOne();
    assertThat(slots.close(List.of(taken))).isZero();
    assertThat(slots.close(List.of())).isZero();
    assertThat(slots.take(taken)).isFalse();
    assertThat(slots.find(taken).orElseThrow().booked()).isOne();

    List<Slot> day = transactions.execute(status -> slots.lockDay(resource, DAY));
    assertThat(day)
        .extracting(Slot::start, Slot::closed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalTime.of(9, 0), true),
            org.assertj.core.groups.Tuple.tuple(LocalTime.of(10, 0), false));
  }

  @Test
  void seatsTakenInBulkNeverExceedTheCapacity() {
    long resource = BookingFixtures.resource(slots);
    long fits = BookingFixtures.slot(slots, resource, DAY, 3);
    long tooMany = BookingFixtures.slot(slots, resource, DAY.plusDays(1), 3);

    assertThat(slots.takeSeats(Map.of(fits, 3, tooMany, 4))).isOne();
    assertThat(slots.find(fits).orElseThrow().booked()).isEqualTo(3);
    assertThat(slots.find(tooMany).orElseThrow().booked()).isZero();
  }

  @Test
  void aSlotEndsAfterItStartsAndHasSeats() {
    assertThatThrownBy(
            () -> new NewSlot(1, DAY, LocalTime.of(10, 0), LocalTime.of(10, 0), 1, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NewSlot(1, DAY, LocalTime.of(9, 0), LocalTime.of(10, 0), 0, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The booking pages' two queries at the opening minute of a peak day: indexed and bounded. */
  @Test
  void bothBoardQueriesAreAnsweredFromTheSlotIndex() {
    for (String sql : new String[] {JdbcSlots.FREE_DAYS, JdbcSlots.OPEN_SLOTS}) {
      String plan =
          transactions.execute(
              tx -> {
                // A small test table would be scanned anyway: ask whether an index can answer.
                jdbc.sql("set local enable_seqscan = off").update();
                String explain =
                    "explain "
                        + sql.replaceFirst("\\?", "1")
                            .replaceFirst("\\?", "date '2030-01-01'")
                            .replaceFirst("\\?", "date '2030-01-14'");
                return String.join(
                    "\n", jdbc.sql(explain).query((rs, n) -> rs.getString(1)).list());
              });
      assertThat(plan).contains("slot_once").doesNotContain("Seq Scan");
    }
  }
}
