package cn.minzheng.marriage.domain.booking;

/** A booking, cancellation or registration refused by a rule; the message is shown to the user. */
public class BookingRejectedException extends RuntimeException {

  private final String field;

  public BookingRejectedException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The form field at fault, or null for the whole request. */
  public String field() {
    return field;
  }
}
