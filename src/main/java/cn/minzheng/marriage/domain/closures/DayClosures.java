package cn.minzheng.marriage.domain.closures;

import cn.minzheng.booking.Slots;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.offices.OfficeSlots;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a day after its slots were generated: a holiday added to the calendar (every office) or a
 * closure of one office. The day's slots are closed first (their row locks make a racing booking
 * either finish before, and be cancelled here, or fail after); booked appointments are cancelled by
 * the office with a message to the parties; slots nobody ever booked are removed. Never a silent
 * loss of a booking; every cancellation and the closure are audited. Repeating it changes nothing.
 */
@Service
@Transactional
public class DayClosures {

  /** What closing a day did. */
  public record Outcome(int removedSlots, int cancelledBookings) {}

  private final JdbcClient jdbc;
  private final Slots slots;
  private final Offices offices;
  private final BookingService bookings;
  private final AuditLog audit;

  DayClosures(
      JdbcClient jdbc, Offices offices, BookingService bookings, AuditLog audit, Slots slots) {
    this.jdbc = jdbc;
    this.slots = slots;
    this.offices = offices;
    this.bookings = bookings;
    this.audit = audit;
  }

  /** A holiday for every office (e.g. 国庆节), also when slots of that day exist already. */
  public Outcome closeCity(LocalDate day, String name) {
    requireNotPast(day);
    offices.addHoliday(day, name);
    Outcome outcome = close(day, null, "休息日（" + name + "）");
    audit.record(
        AuditEvent.success("marriage.holiday.add", "holiday", day.toString(), detail(outcome)));
    return outcome;
  }

  /** One office closed on one day (e.g. 设备检修). */
  public Outcome closeOffice(long officeId, LocalDate day, String reason) {
    requireNotPast(day);
    jdbc.sql(
            "insert into marriage.office_closure (office_id, day, reason) values (?, ?, ?)"
                + " on conflict (office_id, day) do update set reason = excluded.reason")
        .params(officeId, day, reason)
        .update();
    Outcome outcome = close(day, officeId, "登记处当日暂停服务（" + reason + "）");
    audit.record(
        AuditEvent.success(
            "marriage.office.close-day", "office", officeId + "", day + " " + detail(outcome)));
    return outcome;
  }

  /** The closed days of an office from {@code from} on, as (day, reason). */
  @Transactional(readOnly = true)
  public List<java.util.Map.Entry<LocalDate, String>> closuresOf(long officeId, LocalDate from) {
    return jdbc.sql(
            "select day, reason from marriage.office_closure where office_id = ? and day >= ?"
                + " order by day")
        .params(officeId, from)
        .query(
            (rs, n) ->
                java.util.Map.entry(rs.getObject("day", LocalDate.class), rs.getString("reason")))
        .list();
  }

  private Outcome close(LocalDate day, Long officeId, String reason) {
    slots.closeDay(OfficeSlots.OWNER, officeId, day);
    List<Long> booked =
        jdbc.sql(
                "select a.id from marriage.appointment a join booking.slot_fact s on s.id = a.slot_id"
                    + " where s.day = ? and (?::bigint is null or a.office_id = ?)"
                    + " and a.status = 'BOOKED' order by a.id")
            .params(day, officeId, officeId)
            .query(Long.class)
            .list();
    booked.forEach(id -> bookings.cancelByOffice(id, reason));
    int removed =
        slots.removeUnused(
            jdbc.sql(
                    "select s.id from booking.slot_fact s where s.owner = ? and s.day = ?"
                        + " and (?::bigint is null or s.owner_key = ?) and not exists"
                        + " (select 1 from marriage.appointment a where a.slot_id = s.id)")
                .params(OfficeSlots.OWNER, day, officeId, officeId)
                .query(Long.class)
                .list());
    return new Outcome(removed, booked.size());
  }

  private static void requireNotPast(LocalDate day) {
    if (day.isBefore(ChinaTime.today())) {
      throw new BookingRejectedException("day", "日期：不能早于今天");
    }
  }

  private static String detail(Outcome o) {
    return "removed " + o.removedSlots() + " slots, cancelled " + o.cancelledBookings();
  }
}
