package cn.minzheng.booking;

import java.util.List;
import java.util.Optional;

/**
 * Reservations for owners that keep no booking record of their own: booking inserts the reservation
 * and takes the seat in one statement, cancelling changes its status and gives the seat back in one
 * statement, so both are atomic without the caller's transaction.
 */
public interface Reservations {

  /** Books a seat for the holder; empty when the slot is full, closed or unknown. */
  Optional<Reservation> book(long slotId, String holder);

  /** Cancels a BOOKED reservation and gives its seat back; false in any other status. */
  boolean cancel(long reservationId);

  /** Marks a BOOKED reservation attended (the seat stays taken); false in any other status. */
  boolean attend(long reservationId);

  /** Marks a BOOKED reservation not attended (the seat stays taken); false otherwise. */
  boolean noShow(long reservationId);

  Optional<Reservation> find(long reservationId);

  /** The reservations of a slot, oldest first. */
  List<Reservation> ofSlot(long slotId);
}
