package cn.minzheng.marriage.domain.counter;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentStatus;
import cn.minzheng.marriage.domain.booking.AppointmentStore;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.offices.Office;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clerk's side of appointments: the day's list of an office, check-in and no-show. Every call
 * checks the office's region against the clerk's data scope (out of scope is "not found").
 */
@Service
@Transactional
public class CounterService {

  private final AppointmentStore store;
  private final Offices offices;
  private final DataScope scope;
  private final AuditLog audit;
  private final BookingService bookings;

  CounterService(
      AppointmentStore store,
      Offices offices,
      DataScope scope,
      AuditLog audit,
      BookingService bookings) {
    this.store = store;
    this.offices = offices;
    this.scope = scope;
    this.audit = audit;
    this.bookings = bookings;
  }

  /** The offices the clerk may work for. */
  @Transactional(readOnly = true)
  public List<Office> myOffices() {
    return offices.all().stream().filter(o -> scope.permits(o.regionCode())).toList();
  }

  @Transactional(readOnly = true)
  public List<Appointment> day(long officeId, LocalDate day) {
    Office office = offices.find(officeId).orElseThrow(() -> notFound());
    scope.requireInScope(office.regionCode());
    return store.ofOfficeDay(officeId, day);
  }

  public void checkIn(long appointmentId) {
    Appointment a = inScope(appointmentId);
    if (!store.changeStatus(a.id(), AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN)) {
      throw new BookingRejectedException(null, "该预约当前状态不能签到");
    }
    audit.record(AuditEvent.success("marriage.booking.checkin", "appointment", "" + a.id(), null));
  }

  /** Counts towards the no-show rule; the seat is not given back (the slot has passed). */
  public void markNoShow(long appointmentId) {
    Appointment a = inScope(appointmentId);
    if (!store.changeStatus(a.id(), AppointmentStatus.BOOKED, AppointmentStatus.NO_SHOW)) {
      throw new BookingRejectedException(null, "该预约当前状态不能标记为未到场");
    }
    audit.record(AuditEvent.success("marriage.booking.noshow", "appointment", "" + a.id(), null));
  }

  /** The office cancels a booking; the parties are told why (the reason is required). */
  public void cancelByOffice(long appointmentId, String reason) {
    Appointment a = inScope(appointmentId);
    if (reason == null || reason.isBlank()) {
      throw new BookingRejectedException("reason", "取消原因：请填写");
    }
    bookings.cancelByOffice(a.id(), reason.strip());
  }

  /** One appointment, if the office lies in the clerk's scope. */
  @Transactional(readOnly = true)
  public Appointment appointment(long appointmentId) {
    return inScope(appointmentId);
  }

  Appointment inScope(long appointmentId) {
    Appointment a = store.find(appointmentId).orElseThrow(() -> notFound());
    scope.requireInScope(a.officeRegionCode());
    return a;
  }

  private static cn.minzheng.platform.RecordNotFoundException notFound() {
    return new cn.minzheng.platform.RecordNotFoundException("appointment");
  }
}
