package cn.minzheng.marriage.domain;

import java.time.LocalDate;

/** A registration recorded at the counter. */
public record Registration(
    long id,
    long officeId,
    AppointmentType type,
    String certificateNo,
    LocalDate registeredOn,
    Long firstPersonId,
    Long secondPersonId) {}
