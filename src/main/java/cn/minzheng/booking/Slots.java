package cn.minzheng.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Resources, slots and seats. Every seat change is one conditional statement: {@link #take} never
 * takes a seat beyond the capacity nor of a closed slot, whatever the concurrency (the slot's row
 * lock serialises racing takes, the check constraint {@code slot_not_overbooked} is the last line).
 * A seat taken inside the caller's transaction is given back with its rollback.
 */
public interface Slots {

  /**
   * The resource of an owner's record ({@code owner}: the owning module and the kind of record,
   * joined by a dot — marriage's registry offices, funeral's memorial halls; {@code key} the
   * owner's id of it), registered on first use; idempotent.
   */
  long resource(String owner, long key, String name);

  /** The resource id of an owner's record, if registered. */
  Optional<Long> resourceOf(String owner, long key);

  /** Opens slots; a slot that exists (same resource, day and start) is left as it is. */
  int open(Collection<NewSlot> slots);

  Optional<Slot> find(long slotId);

  /** The open (not closed) slots of a resource between two days, by day and start. */
  List<Slot> openSlots(long resourceId, LocalDate from, LocalDate to);

  /** The days with open slots of a resource between two days, with their free seats. */
  List<FreeDay> freeDays(long resourceId, LocalDate from, LocalDate to);

  /** Takes one seat; false when the slot is full or closed. */
  boolean take(long slotId);

  /** Gives one seat back (never below zero). */
  void release(long slotId);

  /**
   * Takes several seats of slots at once (past use written in bulk, group bookings); a slot that
   * has not that many free seats is left unchanged. Answers the slots changed.
   */
  int takeSeats(Map<Long, Integer> seatsBySlot);

  /**
   * Closes the slots of a day: of one resource of the owner, or every resource when key is null.
   */
  int closeDay(String owner, @Nullable Long key, LocalDate day);

  /** Closes the slots of a resource after a day. */
  int closeAfter(long resourceId, LocalDate day);

  /** Reopens closed slots. */
  int reopen(Collection<Long> slotIds);

  /** Removes slots nobody holds a seat of (booked = 0, no reservation); answers how many. */
  int removeUnused(Collection<Long> slotIds);

  /**
   * The slots of a resource on a day, open or closed, by start, locked until the caller's
   * transaction ends: a re-planning of the day sees the seats as they are, and a racing take waits
   * and then finds the slot as re-planned (or gone).
   */
  List<Slot> lockDay(long resourceId, LocalDate day);

  /**
   * Gives a slot a new end, capacity and peak mark and opens it: the capacity never drops below the
   * seats taken, so no seat is lost.
   */
  void replan(long slotId, LocalTime end, int capacity, boolean peak);

  /** Closes slots (never offered nor bookable again; seats taken stay taken); answers how many. */
  int close(Collection<Long> slotIds);
}
