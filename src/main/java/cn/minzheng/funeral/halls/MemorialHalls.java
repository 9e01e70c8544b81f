package cn.minzheng.funeral.halls;

import cn.minzheng.booking.NewSlot;
import cn.minzheng.booking.Reservations;
import cn.minzheng.booking.Slot;
import cn.minzheng.booking.Slots;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Memorial halls and their farewell ceremonies. Slots and seats are the booking engine's (resource
 * owner {@value #OWNER}): a hall's slot holds one ceremony and the engine never overbooks it; this
 * class keeps only who the ceremony is for.
 */
@Service
public class MemorialHalls {

  static final String OWNER = "funeral.hall";
  static final String HOLDER = "funeral.ceremony:";

  /** The farewell times of a day (each one ceremony). */
  static final List<LocalTime[]> TIMES =
      List.of(
          new LocalTime[] {LocalTime.of(7, 30), LocalTime.of(9, 0)},
          new LocalTime[] {LocalTime.of(9, 30), LocalTime.of(11, 0)},
          new LocalTime[] {LocalTime.of(14, 0), LocalTime.of(15, 30)});

  private final JdbcClient jdbc;
  private final Slots slots;
  private final Reservations reservations;
  private final AuditLog audit;

  MemorialHalls(JdbcClient jdbc, Slots slots, Reservations reservations, AuditLog audit) {
    this.jdbc = jdbc;
    this.slots = slots;
    this.reservations = reservations;
    this.audit = audit;
  }

  public record Hall(
      long id,
      long facilityId,
      String facilityName,
      String regionCode,
      String name,
      HallKind kind) {}

  public record Ceremony(
      long id,
      long hallId,
      long slotId,
      String deceasedName,
      String familyContact,
      LocalDate day,
      String state) {}

  public List<Hall> list(RegionFilter scope) {
    return jdbc.sql(
            """
            select h.id, h.facility_id, f.name as facility_name, f.region_code, h.name, h.kind
              from funeral.hall h join funeral.facility f on f.id = h.facility_id
             where h.active and (? or f.region_code = any(?))
             order by f.region_code, f.name, h.kind, h.name""")
        .params(scope.unrestricted(), scope.codesArray())
        .query(Hall.class)
        .list();
  }

  public Optional<Hall> find(long id) {
    return jdbc.sql(
            """
            select h.id, h.facility_id, f.name as facility_name, f.region_code, h.name, h.kind
              from funeral.hall h join funeral.facility f on f.id = h.facility_id
             where h.id = ?""")
        .param(id)
        .query(Hall.class)
        .optional();
  }

  @Transactional
  public long add(long facilityId, String name, HallKind kind, String by) {
    if (name == null || name.isBlank()) {
      throw new InvalidInput("hallName", "告别厅名称：请填写");
    }
    long id =
        jdbc.sql(
                """
                insert into funeral.hall (facility_id, name, kind, created_by)
                values (?, ?, ?, ?)
                on conflict (facility_id, name) do update set kind = excluded.kind
                returning id""")
            .params(facilityId, name.strip(), kind.name(), by)
            .query(Long.class)
            .single();
    slots.resource(OWNER, id, name.strip());
    audit.record(
        AuditEvent.success("funeral.hall.create", "funeral_hall", String.valueOf(id), name));
    return id;
  }

  /** Opens the farewell slots of the hall for the days (a slot that exists stays as it is). */
  @Transactional
  public int openDays(long hallId, LocalDate from, LocalDate to) {
    Hall hall = find(hallId).orElseThrow(() -> new RecordNotFoundException("hall " + hallId));
    if (to.isBefore(from) || from.plusDays(92).isBefore(to)) {
      throw new InvalidInput("to", "结束日期：须不早于开始日期，且一次最多开放92天");
    }
    long resource = slots.resource(OWNER, hall.id(), hall.name());
    List<NewSlot> opened = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      for (LocalTime[] t : TIMES) {
        opened.add(new NewSlot(resource, day, t[0], t[1], 1, false));
      }
    }
    return slots.open(opened);
  }

  /** The open slots of the hall between two days. */
  public List<Slot> slots(long hallId, LocalDate from, LocalDate to) {
    return slots
        .resourceOf(OWNER, hallId)
        .map(resource -> slots.openSlots(resource, from, to))
        .orElse(List.of());
  }

  /**
   * Books a farewell ceremony in a slot of the hall; refused when the slot is taken (the engine
   * decides, whatever the concurrency) or belongs to another hall.
   */
  @Transactional
  public long book(long hallId, long slotId, String deceasedName, String familyContact, String by) {
    if (deceasedName == null || deceasedName.isBlank()) {
      throw new InvalidInput("deceasedName", "逝者姓名：请填写");
    }
    if (familyContact == null || familyContact.isBlank()) {
      throw new InvalidInput("familyContact", "家属联系人及电话：请填写");
    }
    long resource =
        slots
            .resourceOf(OWNER, hallId)
            .orElseThrow(() -> new InvalidInput("slotId", "时段：该告别厅尚未开放预约"));
    Slot slot =
        slots
            .find(slotId)
            .filter(s -> s.resourceId() == resource)
            .orElseThrow(() -> new InvalidInput("slotId", "时段：请选择本告别厅的时段"));
    long id =
        jdbc.sql(
                """
                insert into funeral.ceremony (hall_id, slot_id, deceased_name, family_contact, day,
                       booked_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
            .params(hallId, slotId, deceasedName.strip(), familyContact.strip(), slot.day(), by)
            .query(Long.class)
            .single();
    var reservation =
        reservations
            .book(slotId, HOLDER + id)
            .orElseThrow(() -> new InvalidInput("slotId", "时段：该时段已被预约，请选择其他时段"));
    jdbc.sql("update funeral.ceremony set reservation_id = ? where id = ?")
        .params(reservation.id(), id)
        .update();
    audit.record(
        AuditEvent.success(
            "funeral.ceremony.book", "funeral_ceremony", String.valueOf(id), "slot " + slotId));
    return id;
  }

  /** Cancels a booked ceremony and gives the slot back. */
  @Transactional
  public boolean cancel(long ceremonyId) {
    Ceremony c = ceremony(ceremonyId).orElseThrow(() -> new RecordNotFoundException("ceremony"));
    if (!"BOOKED".equals(c.state())) {
      return false;
    }
    Long reservation =
        jdbc.sql("select reservation_id from funeral.ceremony where id = ?")
            .param(ceremonyId)
            .query(Long.class)
            .single();
    reservations.cancel(reservation);
    jdbc.sql("update funeral.ceremony set state = 'CANCELLED' where id = ?")
        .param(ceremonyId)
        .update();
    audit.record(
        AuditEvent.success(
            "funeral.ceremony.cancel", "funeral_ceremony", String.valueOf(ceremonyId), null));
    return true;
  }

  public Optional<Ceremony> ceremony(long id) {
    return jdbc.sql(
            """
            select id, hall_id, slot_id, deceased_name, family_contact, day, state
              from funeral.ceremony where id = ?""")
        .param(id)
        .query(Ceremony.class)
        .optional();
  }

  /** The booked ceremonies of a hall from a day on. */
  public List<Ceremony> ceremonies(long hallId, LocalDate from) {
    return jdbc.sql(
            """
            select id, hall_id, slot_id, deceased_name, family_contact, day, state
              from funeral.ceremony where hall_id = ? and day >= ? and state = 'BOOKED'
             order by day, slot_id""")
        .params(hallId, from)
        .query(Ceremony.class)
        .list();
  }
}
