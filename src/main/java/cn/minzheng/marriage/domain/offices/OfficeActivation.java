package cn.minzheng.marriage.domain.offices;

import cn.minzheng.booking.Slots;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deactivating an office (停用) stops new bookings: no new slots, its future slots closed, the ones
 * nobody booked removed. Bookings already made are honoured (the counter still serves them), so
 * nothing is lost. Reactivating reopens the future slots of days that are not closed otherwise.
 */
@Service
@Transactional
public class OfficeActivation {

  private final JdbcClient jdbc;
  private final Slots slots;
  private final OfficeSlots officeSlots;
  private final AuditLog audit;

  OfficeActivation(JdbcClient jdbc, AuditLog audit, Slots slots, OfficeSlots officeSlots) {
    this.jdbc = jdbc;
    this.slots = slots;
    this.officeSlots = officeSlots;
    this.audit = audit;
  }

  /** Answers the number of future bookings that remain to be served. */
  public int deactivate(long officeId) {
    jdbc.sql("update marriage.office set active = false where id = ?").param(officeId).update();
    slots.closeAfter(officeSlots.resourceOf(officeId), ChinaTime.today());
    slots.removeUnused(
        jdbc.sql(
                "select s.id from booking.slot_fact s where s.owner = ? and s.owner_key = ?"
                    + " and s.day > ? and not exists"
                    + " (select 1 from marriage.appointment a where a.slot_id = s.id)")
            .params(OfficeSlots.OWNER, officeId, ChinaTime.today())
            .query(Long.class)
            .list());
    audit.record(AuditEvent.success("marriage.office.deactivate", "office", "" + officeId, null));
    return remainingBookings(officeId);
  }

  public void reactivate(long officeId) {
    jdbc.sql("update marriage.office set active = true where id = ?").param(officeId).update();
    slots.reopen(
        jdbc.sql(
                """
                select s.id from booking.slot_fact s
                 where s.owner = ? and s.owner_key = ? and s.day > ? and s.closed
                   and not exists (select 1 from marriage.holiday h where h.day = s.day)
                   and not exists (select 1 from marriage.office_closure c
                                    where c.office_id = s.owner_key and c.day = s.day)""")
            .params(OfficeSlots.OWNER, officeId, ChinaTime.today())
            .query(Long.class)
            .list());
    audit.record(AuditEvent.success("marriage.office.reactivate", "office", "" + officeId, null));
  }

  @Transactional(readOnly = true)
  public int remainingBookings(long officeId) {
    return jdbc.sql(
            "select count(*) from marriage.appointment a join booking.slot_fact s on s.id = a.slot_id"
                + " where a.office_id = ? and s.day > ? and a.status = 'BOOKED'")
        .params(officeId, ChinaTime.today())
        .query(Integer.class)
        .single();
  }
}
