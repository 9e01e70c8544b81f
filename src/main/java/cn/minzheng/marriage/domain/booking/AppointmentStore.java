package cn.minzheng.marriage.domain.booking;

import cn.minzheng.booking.Slots;
import cn.minzheng.marriage.domain.offices.OfficeSlots;
import cn.minzheng.platform.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
   * A booking in one statement (migrations V8 and V9, {@code marriage.book}): the parties' registry
   * look-up (the own number, neither married), the rules that need the slot or the parties'
   * histories, the seat, the appointment with its parties and its outbox row; the booked
   * appointment, or the first rule it broke.
   */
  Booked book(
      long slotId,
      AppointmentType type,
      String code,
      Long accountId,
      LocalDate today,
      @Nullable Long ownPersonId,
      PartyToBook first,
      PartyToBook second,
      NoShowRule noShows,
      AuditLog.Witness witness) {
    return jdbc.sql(
            """
            select * from marriage.book(?, ?, ?, ?::bigint, ?, ?::bigint,
                                        ?::bytea, ?::bytea, ?, ?, ?::date,
                                        ?::bytea, ?::bytea, ?, ?, ?::date,
                                        ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            slotId,
            type.name(),
            code,
            accountId,
            today,
            ownPersonId,
            first.party().blindIndex(),
            first.party().encrypted(),
            first.party().id().masked(),
            first.party().id().sex().name(),
            first.ofAgeFrom(),
            second.party().blindIndex(),
            second.party().encrypted(),
            second.party().id().masked(),
            second.party().id().sex().name(),
            second.ofAgeFrom(),
            noShows.lookBackFrom(today),
            noShows.threshold(),
            noShows.windowDays(),
            noShows.blockDays(),
            witness.name(),
            witness.kind(),
            witness.roles(),
            witness.region(),
            witness.remoteAddress())
        .query(
            (rs, n) -> {
              String refusal = rs.getString("refusal");
              if (refusal != null) {
                return new Booked(null, Refusal.valueOf(refusal));
              }
              return new Booked(
                  new Appointment(
                      rs.getLong("booked_id"),
                      code,
                      type,
                      AppointmentStatus.BOOKED,
                      slotId,
                      rs.getLong("booked_office"),
                      rs.getString("booked_office_name"),
                      rs.getString("booked_region_code"),
                      rs.getObject("booked_day", LocalDate.class),
                      rs.getTime("booked_start").toLocalTime(),
                      rs.getTime("booked_end").toLocalTime(),
                      first.party().id().masked(),
                      second.party().id().masked()),
                  null);
            })
        .single();
  }

  /** A party as the booking statement checks it: from which day of a slot it is of legal age. */
  record PartyToBook(Party party, @Nullable LocalDate ofAgeFrom) {}

  /** The booked appointment, or why it was refused (exactly one of them). */
  record Booked(@Nullable Appointment appointment, @Nullable Refusal refusal) {}

  /** The rules {@code marriage.book} checks, in its order. */
  enum Refusal {
    OWN_MISMATCH,
    FIRST_MARRIED,
    SECOND_MARRIED,
    SLOT_MISSING,
    SLOT_PAST,
    FULL,
    FIRST_UNDERAGE,
    SECOND_UNDERAGE,
    BLOCKED,
    FIRST_ACTIVE,
    SECOND_ACTIVE
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

  public Optional<Appointment> find(long id) {
    return jdbc.sql(SELECT + " where a.id = ?").param(id).query(AppointmentStore::row).optional();
  }

  /** The appointments of the ids, in no particular order (an outbox batch). */
  List<Appointment> findAll(List<Long> ids) {
    return jdbc.sql(SELECT + " where a.id = any(?)")
        .param(ids.toArray(Long[]::new))
        .query(AppointmentStore::row)
        .list();
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
