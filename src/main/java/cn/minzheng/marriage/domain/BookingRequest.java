package cn.minzheng.marriage.domain;

/**
 * A booking for two parties identified by ID number. {@code citizenAccountId} is the portal account
 * booking online (no-show block applies), null for a booking made at the counter.
 */
public record BookingRequest(
    long slotId,
    AppointmentType type,
    String firstIdNumber,
    String secondIdNumber,
    Long citizenAccountId) {}
