package cn.minzheng.marriage.domain.counter;

import cn.minzheng.marriage.domain.booking.AppointmentType;
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
