package cn.minzheng.marriage.domain.weddings;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentStore;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.offices.Office;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RecordNotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 集体婚礼: an office's event on one day. Couples with a marriage booking for that office and day join
 * by their booking code; the places are counted by the database as the slots' seats are. Each
 * couple is then registered at the counter as usual (the clerk checks both ID cards).
 */
@Service
@Transactional
public class CollectiveWeddings {

  public record Wedding(
      long id,
      long officeId,
      String officeName,
      LocalDate day,
      String title,
      int capacity,
      int joined) {}

  private static final String SELECT =
      "select w.id, w.office_id, o.name, w.day, w.title, w.capacity, w.joined"
          + " from marriage.collective_wedding w join marriage.office o on o.id = w.office_id";

  private final JdbcClient jdbc;
  private final Offices offices;
  private final DataScope scope;
  private final AuditLog audit;

  CollectiveWeddings(JdbcClient jdbc, Offices offices, DataScope scope, AuditLog audit) {
    this.jdbc = jdbc;
    this.offices = offices;
    this.scope = scope;
    this.audit = audit;
  }

  public long create(long officeId, LocalDate day, String title, int capacity) {
    Office office = offices.find(officeId).orElseThrow(() -> new RecordNotFoundException("office"));
    scope.requireInScope(office.regionCode());
    if (capacity <= 0 || title == null || title.isBlank()) {
      throw new BookingRejectedException("title", "请填写活动名称和大于0的对数");
    }
    long id =
        jdbc.sql(
                "insert into marriage.collective_wedding (office_id, day, title, capacity)"
                    + " values (?, ?, ?, ?) returning id")
            .params(officeId, day, title.strip(), capacity)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success("marriage.wedding.create", "collective_wedding", "" + id, null));
    return id;
  }

  /** Adds the couple of a booking (by its code); the booking must be this office's and day's. */
  public void join(long weddingId, String bookingCode) {
    Wedding w = find(weddingId);
    Long appointment =
        jdbc.sql(
                "select a.id from marriage.appointment a join booking.slot_fact s on s.id = a.slot_id"
                    + " where a.code = ? and a.office_id = ? and s.day = ? and a.type = 'MARRIAGE'"
                    + " and a.status in ('BOOKED', 'CHECKED_IN')")
            .params(
                bookingCode == null ? "" : bookingCode.strip().toUpperCase(java.util.Locale.ROOT),
                w.officeId(),
                w.day())
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new BookingRejectedException("code", "未找到本登记处当日有效的结婚登记预约"));
    int seat =
        jdbc.sql(
                "update marriage.collective_wedding set joined = joined + 1"
                    + " where id = ? and joined < capacity")
            .param(weddingId)
            .update();
    if (seat == 0) {
      throw new BookingRejectedException("code", "集体婚礼名额已满");
    }
    try {
      jdbc.sql(
              "insert into marriage.collective_wedding_couple (wedding_id, appointment_id)"
                  + " values (?, ?)")
          .params(weddingId, appointment)
          .update();
    } catch (DuplicateKeyException e) {
      throw new BookingRejectedException("code", "该预约已加入集体婚礼");
    }
    audit.record(
        AuditEvent.success("marriage.wedding.join", "collective_wedding", "" + weddingId, null));
  }

  @Transactional(readOnly = true)
  public Wedding find(long weddingId) {
    Wedding w =
        jdbc.sql(SELECT + " where w.id = ?")
            .param(weddingId)
            .query(CollectiveWeddings::wedding)
            .optional()
            .orElseThrow(() -> new RecordNotFoundException("collective wedding"));
    scope.requireInScope(offices.find(w.officeId()).orElseThrow().regionCode());
    return w;
  }

  @Transactional(readOnly = true)
  public List<Wedding> upcoming(LocalDate from) {
    return jdbc
        .sql(SELECT + " where w.day >= ? order by w.day, w.id")
        .param(from)
        .query(CollectiveWeddings::wedding)
        .list()
        .stream()
        .filter(w -> scope.permits(offices.find(w.officeId()).orElseThrow().regionCode()))
        .toList();
  }

  @Transactional(readOnly = true)
  public List<Appointment> couples(long weddingId) {
    find(weddingId);
    return jdbc.sql(
            AppointmentStore.SELECT
                + " join marriage.collective_wedding_couple c on c.appointment_id = a.id"
                + " where c.wedding_id = ? order by s.start_time, a.id")
        .param(weddingId)
        .query(AppointmentStore::row)
        .list();
  }

  private static Wedding wedding(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Wedding(
        rs.getLong("id"),
        rs.getLong("office_id"),
        rs.getString("name"),
        rs.getObject("day", LocalDate.class),
        rs.getString("title"),
        rs.getInt("capacity"),
        rs.getInt("joined"));
  }
}
