package cn.minzheng.marriage.domain.booking;

import cn.minzheng.booking.Slots;
import cn.minzheng.marriage.domain.offices.OfficeSlots;
import cn.minzheng.registry.PersonSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of slots and appointments. Seats are taken and given back only by conditional updates. */
@Repository
public class AppointmentStore {

  public static final String SELECT =
      """
      select a.id, a.code, a.type, a.status, a.slot_id, a.office_id, o.name office_name,
             o.region_code, s.day, s.start_time, s.end_time,
             p1.id_masked first_masked, p2.id_masked second_masked
        from marriage.appointment a
        join booking.slot_fact s on s.id = a.slot_id
        join marriage.office o on o.id = a.office_id
        join marriage.appointment_party p1 on p1.appointment_id = a.id and p1.position = 1
        join marriage.appointment_party p2 on p2.appointment_id = a.id and p2.position = 2
      """;

  private final JdbcClient jdbc;
  private final Slots slots;
  private final OfficeSlots offices;

  AppointmentStore(JdbcClient jdbc, Slots slots, OfficeSlots offices) {
    this.jdbc = jdbc;
    this.slots = slots;
    this.offices = offices;
  }

  Optional<Slot> slot(long slotId) {
    return slots.find(slotId).map(Slot::of);
  }

  List<Slot> freeSlots(long officeId, LocalDate from, LocalDate to) {
    return slots.openSlots(offices.resourceOf(officeId), from, to).stream().map(Slot::of).toList();
  }

  /** Takes one seat; false when the slot is full (the row lock serialises racing bookings). */
  boolean takeSeat(long slotId) {
    return slots.take(slotId);
  }

  void releaseSeat(long slotId) {
    slots.release(slotId);
  }

  /** The partial unique index that keeps a person to one active booking (migration V1). */
  static final String ONE_ACTIVE_PER_PERSON = "appointment_party_one_active";

  /**
   * Inserts a booked appointment and its two parties in one statement (a peak day's bookings are
   * round trips first of all) and returns it as pages show it.
   */
  Appointment insertBooking(
      Slot slot, AppointmentType type, String code, Long accountId, Party first, Party second) {
    return jdbc.sql(
            """
            with a as (
              insert into marriage.appointment (slot_id, office_id, type, code, citizen_account_id)
              values (?, ?, ?, ?, ?) returning id, office_id),
            parties as (
              insert into marriage.appointment_party (appointment_id, position, id_idx, id_enc,
                                                      id_masked, sex, slot_day, person_id)
              select a.id, v.position, v.id_idx, v.id_enc, v.id_masked, v.sex, ?, v.person_id
                from a,
                     (values (1, ?::bytea, ?::bytea, ?, ?, ?::bigint),
                             (2, ?::bytea, ?::bytea, ?, ?, ?::bigint))
                       as v (position, id_idx, id_enc, id_masked, sex, person_id))
            select a.id, o.name, o.region_code
              from a join marriage.office o on o.id = a.office_id""")
        .params(
            slot.id(),
            slot.officeId(),
            type.name(),
            code,
            accountId,
            slot.day(),
            first.blindIndex(),
            first.encrypted(),
            first.id().masked(),
            first.id().sex().name(),
            personId(first),
            second.blindIndex(),
            second.encrypted(),
            second.id().masked(),
            second.id().sex().name(),
            personId(second))
        .query(
            (rs, n) ->
                new Appointment(
                    rs.getLong(1),
                    code,
                    type,
                    AppointmentStatus.BOOKED,
                    slot.id(),
                    slot.officeId(),
                    rs.getString(2),
                    rs.getString(3),
                    slot.day(),
                    slot.start(),
                    slot.end(),
                    first.id().masked(),
                    second.id().masked()))
        .single();
  }

  private static Long personId(Party party) {
    return party.registered().map(PersonSummary::id).orElse(null);
  }

  /**
   * The registry persons among the parties (parties unknown to the registry are left out). The
   * nulls are dropped here, not in SQL: "person_id is not null" lets the planner prefer the partial
   * index by person, and a plan cached while that index was small scanned all of it per call once a
   * peak day had filled it (6 ms a booking in the benchmark).
   */
  List<Long> partyPersons(long appointmentId) {
    return jdbc
        .sql(
            "select person_id from marriage.appointment_party where appointment_id = ?"
                + " order by position")
        .param(appointmentId)
        .query((rs, n) -> rs.getObject(1, Long.class))
        .list()
        .stream()
        .filter(Objects::nonNull)
        .toList();
  }

  /** Whether a party of the appointment holds another active booking (the one-active rule). */
  boolean partyBookedElsewhere(long appointmentId) {
    return jdbc.sql(
            """
            select exists (select 1 from marriage.appointment_party p
                             join marriage.appointment_party q
                               on q.id_idx = p.id_idx and q.active and q.appointment_id <> p.appointment_id
                            where p.appointment_id = ?)""")
        .param(appointmentId)
        .query(Boolean.class)
        .single();
  }

  /**
   * Marks why a death touched the appointment (migration V6: CANCELLED, RESTORED, REBOOK_ASKED).
   */
  void markDeathCancellation(long appointmentId, String outcome) {
    jdbc.sql("update marriage.appointment set death_cancellation = ? where id = ?")
        .params(outcome, appointmentId)
        .update();
  }

  /**
   * Whether the appointment is still cancelled by a death not yet withdrawn; locks its row, so that
   * two deliveries of one withdrawal give it back once.
   */
  boolean lockCancelledByDeath(long appointmentId) {
    return jdbc.sql(
            """
            select id from marriage.appointment
             where id = ? and status = 'CANCELLED' and death_cancellation = 'CANCELLED' for update""")
        .param(appointmentId)
        .query(Long.class)
        .optional()
        .isPresent();
  }

  /** The appointments a person's death cancelled that its withdrawal has not yet given back. */
  List<Long> cancelledByDeathOf(long personId) {
    return jdbc.sql(
            """
            select distinct a.id from marriage.appointment a
              join marriage.appointment_party p on p.appointment_id = a.id
             where p.person_id = ? and a.death_cancellation = 'CANCELLED' and a.status = 'CANCELLED'
             order by a.id""")
        .param(personId)
        .query(Long.class)
        .list();
  }

  /** Moves an appointment from one status to another; false when it was not in {@code from}. */
  public boolean changeStatus(long id, AppointmentStatus from, AppointmentStatus to) {
    int rows =
        jdbc.sql(
                "update marriage.appointment set status = ?, changed_at = now()"
                    + " where id = ? and status = ?")
            .params(to.name(), id, from.name())
            .update();
    if (rows == 1) {
      jdbc.sql(
              "update marriage.appointment_party set status = ?, active = ?"
                  + " where appointment_id = ?")
          .params(to.name(), to.active(), id)
          .update();
    }
    return rows == 1;
  }

  void moveToSlot(long id, Slot slot) {
    jdbc.sql("update marriage.appointment set slot_id = ?, changed_at = now() where id = ?")
        .params(slot.id(), id)
        .update();
    jdbc.sql("update marriage.appointment_party set slot_day = ? where appointment_id = ?")
        .params(slot.day(), id)
        .update();
  }

  /**
   * The two parties' active bookings and their no-show days since {@code since}, in one round trip
   * (each half on its own partial index).
   */
  /**
   * The slot to book (through the engine's published view) and the parties' histories, read in one
   * round trip before any rule is checked: a slot row, then one row per active booking or no-show
   * since {@code since} of either party.
   */
  SlotAndHistories slotAndHistories(long slotId, Party first, Party second, LocalDate since) {
    List<Object> rows =
        jdbc.sql(
                """
                select true as slot, id, owner_key, day, start_time, end_time, capacity, booked,
                       peak, null::bytea as id_idx, null::boolean as active
                  from booking.slot_fact where id = ?
                union all
                select false, null, null, slot_day, null, null, null, null, null, id_idx, true
                  from marriage.appointment_party where id_idx in (?, ?) and active
                union all
                select false, null, null, slot_day, null, null, null, null, null, id_idx, false
                  from marriage.appointment_party
                 where id_idx in (?, ?) and status = 'NO_SHOW' and slot_day >= ?""")
            .params(
                slotId,
                first.blindIndex(),
                second.blindIndex(),
                first.blindIndex(),
                second.blindIndex(),
                since)
            .query((rs, n) -> rs.getBoolean("slot") ? (Object) slotOf(rs) : entryOf(rs))
            .list();
    return new SlotAndHistories(
        rows.stream().filter(Slot.class::isInstance).map(Slot.class::cast).findFirst(),
        new PartyHistories(
            rows.stream()
                .filter(PartyHistories.Entry.class::isInstance)
                .map(PartyHistories.Entry.class::cast)
                .toList()));
  }

  /** What a booking reads before it checks its rules. */
  record SlotAndHistories(Optional<Slot> slot, PartyHistories histories) {}

  private static Slot slotOf(ResultSet rs) throws SQLException {
    return new Slot(
        rs.getLong("id"),
        rs.getLong("owner_key"),
        rs.getObject("day", LocalDate.class),
        rs.getTime("start_time").toLocalTime(),
        rs.getTime("end_time").toLocalTime(),
        rs.getInt("capacity"),
        rs.getInt("booked"),
        rs.getBoolean("peak"));
  }

  private static PartyHistories.Entry entryOf(ResultSet rs) throws SQLException {
    return new PartyHistories.Entry(
        rs.getBytes("id_idx"), rs.getBoolean("active"), rs.getObject("day", LocalDate.class));
  }

  public Optional<Appointment> find(long id) {
    return jdbc.sql(SELECT + " where a.id = ?").param(id).query(AppointmentStore::row).optional();
  }

  List<Appointment> ofAccount(long accountId) {
    return jdbc.sql(SELECT + " where a.citizen_account_id = ? order by s.day desc, s.start_time")
        .param(accountId)
        .query(AppointmentStore::row)
        .list();
  }

  /** Appointments in which the person is a party but that another account (or the counter) made. */
  List<Appointment> ofPartyBookedByOthers(long personId, long accountId) {
    return jdbc.sql(
            SELECT
                + " where exists (select 1 from marriage.appointment_party p"
                + " where p.appointment_id = a.id and p.person_id = ?)"
                + " and a.citizen_account_id is distinct from ?"
                + " order by s.day desc, s.start_time limit 20")
        .params(personId, accountId)
        .query(AppointmentStore::row)
        .list();
  }

  public List<Appointment> ofOfficeDay(long officeId, LocalDate day) {
    return jdbc.sql(SELECT + " where a.office_id = ? and s.day = ? order by s.start_time, a.id")
        .params(officeId, day)
        .query(AppointmentStore::row)
        .list();
  }

  /** The still booked appointments of a day, every office (bounded by one day's slots). */
  List<Appointment> bookedOn(LocalDate day) {
    return jdbc.sql(SELECT + " where s.day = ? and a.status = 'BOOKED' order by a.id")
        .param(day)
        .query(AppointmentStore::row)
        .list();
  }

  List<byte[]> encryptedIds(long appointmentId) {
    return jdbc.sql(
            "select id_enc from marriage.appointment_party where appointment_id = ?"
                + " order by position")
        .param(appointmentId)
        .query(byte[].class)
        .list();
  }

  boolean bookedBy(long appointmentId, long accountId) {
    return jdbc.sql(
            "select exists (select 1 from marriage.appointment where id = ?"
                + " and citizen_account_id = ?)")
        .params(appointmentId, accountId)
        .query(Boolean.class)
        .single();
  }

  public List<byte[]> partyIndexes(long appointmentId) {
    return jdbc.sql(
            "select id_idx from marriage.appointment_party where appointment_id = ?"
                + " order by position")
        .param(appointmentId)
        .query(byte[].class)
        .list();
  }

  public static Appointment row(ResultSet rs, int n) throws SQLException {
    return new Appointment(
        rs.getLong("id"),
        rs.getString("code"),
        AppointmentType.valueOf(rs.getString("type")),
        AppointmentStatus.valueOf(rs.getString("status")),
        rs.getLong("slot_id"),
        rs.getLong("office_id"),
        rs.getString("office_name"),
        rs.getString("region_code"),
        rs.getObject("day", LocalDate.class),
        rs.getTime("start_time").toLocalTime(),
        rs.getTime("end_time").toLocalTime(),
        rs.getString("first_masked"),
        rs.getString("second_masked"));
  }
}
