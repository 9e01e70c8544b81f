package cn.minzheng.marriage.domain.booking;

import java.time.LocalDate;
import java.time.LocalTime;

/** An appointment as pages show it: ID numbers only masked. */
public record Appointment(
    long id,
    String code,
    AppointmentType type,
    AppointmentStatus status,
    long slotId,
    long officeId,
    String officeName,
    String officeRegionCode,
    LocalDate day,
    LocalTime start,
    LocalTime end,
    String firstMasked,
    String secondMasked) {}
