package cn.minzheng.marriage.domain.booking;

/**
 * A booking for two parties identified by ID number. {@code citizenAccountId} is the portal account
 * booking online (no-show block applies), null for a booking made at the counter; {@code
 * citizenPersonId} is that account's registry person, who must be the first party.
 */
public record BookingRequest(
    long slotId,
    AppointmentType type,
    String firstIdNumber,
    String secondIdNumber,
    Long citizenAccountId,
    Long citizenPersonId) {

  /** A booking not tied to the first party's own account (the counter, tests of the rules). */
  public BookingRequest(
      long slotId,
      AppointmentType type,
      String firstIdNumber,
      String secondIdNumber,
      Long citizenAccountId) {
    this(slotId, type, firstIdNumber, secondIdNumber, citizenAccountId, null);
  }

  /** A citizen books online for the own person and a partner. */
  public static BookingRequest byCitizen(
      long slotId,
      AppointmentType type,
      String ownIdNumber,
      String partnerIdNumber,
      long accountId,
      long personId) {
    return new BookingRequest(slotId, type, ownIdNumber, partnerIdNumber, accountId, personId);
  }
}
