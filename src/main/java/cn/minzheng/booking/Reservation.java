package cn.minzheng.booking;

/** One seat of a slot held by an owner's holder (the owner's kind of record and its id). */
public record Reservation(long id, long slotId, String holder, Status status) {

  /** BOOKED holds a seat; CANCELLED gave it back; ATTENDED and NO_SHOW close a past booking. */
  public enum Status {
    BOOKED,
    CANCELLED,
    ATTENDED,
    NO_SHOW
  }
}
