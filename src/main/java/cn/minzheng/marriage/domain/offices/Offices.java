package cn.minzheng.marriage.domain.offices;

import cn.minzheng.calendar.WorkingCalendar;
import cn.minzheng.marriage.domain.offices.Office.OfficeKind;
import cn.minzheng.marriage.domain.offices.SlotTemplate.TemplateKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Offices, their slot templates and the holiday calendar. */
@Service
@Transactional
public class Offices {

  private static final String OFFICE_COLUMNS =
      "id, code, name, kind, region_code, address, latitude, longitude, opening_hours, active";

  private final JdbcClient jdbc;
  private final WorkingCalendar calendar;

  Offices(JdbcClient jdbc, WorkingCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  public long create(NewOffice o) {
    return jdbc.sql(
            "insert into marriage.office (code, name, kind, region_code, address, latitude,"
                + " longitude, opening_hours) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
        .params(
            o.code(),
            o.name(),
            o.kind().name(),
            o.regionCode(),
            o.address(),
            o.latitude(),
            o.longitude(),
            o.openingHours())
        .query(Long.class)
        .single();
  }

  @Transactional(readOnly = true)
  public List<Office> all() {
    return jdbc.sql("select " + OFFICE_COLUMNS + " from marriage.office where active order by code")
        .query(Offices::office)
        .list();
  }

  /** Every office, inactive ones too (administration). */
  @Transactional(readOnly = true)
  public List<Office> allForAdministration() {
    return jdbc.sql("select " + OFFICE_COLUMNS + " from marriage.office order by active desc, code")
        .query(Offices::office)
        .list();
  }

  /**
   * Changes an office's details. The code stays: it is part of the certificate numbers already
   * issued.
   */
  public void update(long id, NewOffice o) {
    jdbc.sql(
            "update marriage.office set name = ?, kind = ?, region_code = ?, address = ?,"
                + " latitude = ?, longitude = ?, opening_hours = ? where id = ?")
        .params(
            o.name(),
            o.kind().name(),
            o.regionCode(),
            o.address(),
            o.latitude(),
            o.longitude(),
            o.openingHours(),
            id)
        .update();
  }

  @Transactional(readOnly = true)
  public Optional<Office> find(long id) {
    return jdbc.sql("select " + OFFICE_COLUMNS + " from marriage.office where id = ?")
        .param(id)
        .query(Offices::office)
        .optional();
  }

  public void addTemplate(long officeId, SlotTemplate t) {
    jdbc.sql(
            "insert into marriage.slot_template (office_id, kind, day_of_week, start_time,"
                + " end_time, capacity) values (?, ?, ?, ?, ?, ?)")
        .params(
            officeId,
            t.kind().name(),
            t.dayOfWeek() == null ? null : t.dayOfWeek().getValue(),
            t.start(),
            t.end(),
            t.capacity())
        .update();
  }

  @Transactional(readOnly = true)
  public List<SlotTemplate> templates(long officeId) {
    return jdbc.sql(
            "select kind, day_of_week, start_time, end_time, capacity from marriage.slot_template"
                + " where office_id = ? order by kind, day_of_week, start_time")
        .param(officeId)
        .query(
            (rs, n) -> {
              int dow = rs.getInt("day_of_week");
              // wasNull refers to the last column read: decide before reading another one.
              DayOfWeek day = rs.wasNull() ? null : DayOfWeek.of(dow);
              return new SlotTemplate(
                  TemplateKind.valueOf(rs.getString("kind")),
                  day,
                  rs.getTime("start_time").toLocalTime(),
                  rs.getTime("end_time").toLocalTime(),
                  rs.getInt("capacity"));
            })
        .list();
  }

  /** Adds a closed day to the holiday calendar (idempotent). */
  public void addHoliday(LocalDate day, String name) {
    jdbc.sql(
            "insert into marriage.holiday (day, name) values (?, ?)"
                + " on conflict (day) do update set name = excluded.name")
        .params(day, name)
        .update();
  }

  /** Closed for every office: a public holiday of the city's calendar or a marriage holiday. */
  @Transactional(readOnly = true)
  public boolean isHoliday(LocalDate day) {
    return calendar.publicHoliday(day).isPresent()
        || jdbc.sql("select exists (select 1 from marriage.holiday where day = ?)")
            .param(day)
            .query(Boolean.class)
            .single();
  }

  /** Holidays from {@code from} on, as (day, name). */
  @Transactional(readOnly = true)
  public List<java.util.Map.Entry<LocalDate, String>> holidays(LocalDate from) {
    return jdbc.sql("select day, name from marriage.holiday where day >= ? order by day")
        .param(from)
        .query(
            (rs, n) ->
                java.util.Map.entry(rs.getObject("day", LocalDate.class), rs.getString("name")))
        .list();
  }

  private static Office office(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Office(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("name"),
        OfficeKind.valueOf(rs.getString("kind")),
        rs.getString("region_code"),
        rs.getString("address"),
        rs.getBigDecimal("latitude"),
        rs.getBigDecimal("longitude"),
        rs.getString("opening_hours"),
        rs.getBoolean("active"));
  }
}
