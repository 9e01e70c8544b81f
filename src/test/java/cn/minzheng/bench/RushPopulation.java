package cn.minzheng.bench;

import cn.minzheng.platform.FieldCipher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Untimed preparation of the booking rush, as the schema owner: one rush office with a peak day a
 * week ahead, a few small "hot" slots that many citizens race for and large slots for the rest, and
 * one portal account per booking couple (the man's), all sharing one password hash computed once.
 */
final class RushPopulation {

  static final String OFFICE_CODE = "RUSH1";
  static final String HISTORY_OFFICE_CODE = "RUSH0";

  /**
   * A year of the city's appointments before the peak day (about its marriages and divorces): a
   * peak day never opens on an empty table, and the plans PostgreSQL caches per connection (the
   * foreign-key checks' above all) are made for the table's size when first used. On an empty table
   * they scan it, and keep scanning it as the rush fills it.
   */
  static final int HISTORY_APPOINTMENTS = 120_000;

  static final int HOT_SLOTS = 4;
  static final int HOT_CAPACITY = 5;
  static final int LARGE_SLOTS = 40;

  record Prepared(long officeId, LocalDate day, List<Long> hot, List<Long> large, Path input) {}

  private final BenchDatabase database;
  private final FieldCipher cipher;

  RushPopulation(BenchDatabase database, FieldCipher cipher) {
    this.database = database;
    this.cipher = cipher;
  }

  Prepared prepare(int couples, String passwordHash, LocalDate day, Path input)
      throws SQLException, IOException {
    remove();
    try (Connection c = database.owner()) {
      history(c, day);
      List<Long> men = new ArrayList<>();
      List<String> menIds = persons(c, "MALE", day.minusYears(22), couples, men);
      List<String> womenIds = persons(c, "FEMALE", day.minusYears(20), couples, new ArrayList<>());
      if (menIds.size() < couples || womenIds.size() < couples) {
        throw new IllegalStateException(
            "population too small for " + couples + " unmarried adult couples: --persons more");
      }
      insertAccounts(c, men, passwordHash);
      long office = office(c, day);
      List<Long> hot = slots(c, office, day, 8 * 60, HOT_SLOTS, HOT_CAPACITY);
      int large = (int) Math.ceil(couples * 1.1 / LARGE_SLOTS) + 1;
      List<Long> big = slots(c, office, day, 9 * 60, LARGE_SLOTS, large);
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < couples; i++) {
        // Every citizen has one large slot of its own share (i % LARGE_SLOTS), so that the large
        // slots hold everyone: the hot slots' racers fall back to it, the others start there.
        long own = big.get(i % LARGE_SLOTS);
        long first = i % 5 == 0 ? hot.get(i / 5 % HOT_SLOTS) : own;
        long fallback = i % 5 == 0 ? own : big.get((i + 1) % LARGE_SLOTS);
        lines.add(menIds.get(i) + "\t" + womenIds.get(i) + "\t" + first + "\t" + fallback);
      }
      Files.write(input, lines);
      return new Prepared(office, day, hot, big, input);
    }
  }

  /** Plain ID numbers of unmarried living adults of one sex old enough on the day; ids too. */
  private List<String> persons(
      Connection c, String sex, LocalDate bornBy, int limit, List<Long> ids) throws SQLException {
    List<String> numbers = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select id, id_number_enc from registry.person where sex = ? and life_status = 'ALIVE'"
                + " and marital_status <> 'MARRIED' and birth_date <= ? and birth_date > ?"
                + " order by id limit ?")) {
      s.setString(1, sex);
      s.setDate(2, Date.valueOf(bornBy));
      s.setDate(3, Date.valueOf(bornBy.minusYears(40)));
      s.setInt(4, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
          numbers.add(cipher.decrypt(rs.getBytes(2)));
        }
      }
    }
    return numbers;
  }

  private void insertAccounts(Connection c, List<Long> men, String passwordHash)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into portal.citizen_account (person_id, phone_enc, phone_idx, password_hash)"
                + " values (?, ?, ?, ?) on conflict (person_id) do update"
                + " set password_hash = excluded.password_hash, status = 'ACTIVE'")) {
      for (int i = 0; i < men.size(); i++) {
        String phone = String.format("170%08d", i);
        s.setLong(1, men.get(i));
        s.setBytes(2, cipher.encrypt(phone));
        s.setBytes(3, cipher.blindIndex(phone));
        s.setString(4, passwordHash);
        s.addBatch();
        if (i % 1000 == 999) {
          s.executeBatch();
        }
      }
      s.executeBatch();
    }
  }

  private static long office(Connection c, LocalDate day) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "insert into marriage.peak_day (day, name) values (?, '预约高峰压测') on conflict do nothing")) {
      p.setDate(1, Date.valueOf(day));
      p.executeUpdate();
    }
    try (PreparedStatement s =
            c.prepareStatement(
                "insert into marriage.office (code, name, kind, region_code, address,"
                    + " opening_hours) values (?, '压测婚姻登记处', 'DISTRICT', '510104000000',"
                    + " '压测地址', '09:00-17:00') returning id");
        ResultSet rs = executeQuery(s, OFFICE_CODE)) {
      rs.next();
      long office = rs.getLong(1);
      // the office's resource in the booking engine, as marriage registers it on first use
      try (PreparedStatement r =
          c.prepareStatement(
              "insert into booking.resource (owner, owner_key, name)"
                  + " values ('marriage.office', ?, '压测婚姻登记处')")) {
        r.setLong(1, office);
        r.executeUpdate();
      }
      return office;
    }
  }

  private static List<Long> slots(
      Connection c, long office, LocalDate day, int firstMinute, int count, int capacity)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into booking.slot (resource_id, day, start_time, end_time, capacity, peak)"
                + " select id, ?, ?::time, ?::time, ?, true from booking.resource"
                + " where owner = 'marriage.office' and owner_key = ? returning id")) {
      for (int i = 0; i < count; i++) {
        int minute = firstMinute + 10 * i;
        s.setDate(1, Date.valueOf(day));
        s.setString(2, String.format("%02d:%02d", minute / 60, minute % 60));
        s.setString(3, String.format("%02d:%02d", (minute + 10) / 60, (minute + 10) % 60));
        s.setInt(4, capacity);
        s.setLong(5, office);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }

  /** The year before the peak day, written once (kept with --keep) and analysed. */
  private void history(Connection c, LocalDate day) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select 1 from marriage.office where code = ?");
        ResultSet rs = executeQuery(s, HISTORY_OFFICE_CODE)) {
      if (rs.next()) {
        return;
      }
    }
    database.execute(
        ("""
        insert into marriage.office (code, name, kind, region_code, address, opening_hours)
        values ('%s', '压测历史登记处', 'DISTRICT', '510104000000', '压测地址', '09:00-17:00')
        """)
            .formatted(HISTORY_OFFICE_CODE));
    database.execute(
        ("""
        insert into booking.resource (owner, owner_key, name)
        select 'marriage.office', o.id, o.name from marriage.office o where o.code = '%s'
        """)
            .formatted(HISTORY_OFFICE_CODE));
    database.execute(
        ("""
        insert into booking.slot (resource_id, day, start_time, end_time, capacity, booked)
        select r.id, date '%s' - d, time '09:00', time '17:00', 1000, 0
          from marriage.office o
          join booking.resource r on r.owner = 'marriage.office' and r.owner_key = o.id,
               generate_series(1, 365) d
         where o.code = '%s'
        """)
            .formatted(day, HISTORY_OFFICE_CODE));
    database.execute(
        ("""
        insert into marriage.appointment (slot_id, office_id, type, code, status, created_at,
                                          changed_at)
        select s.id, s.owner_key, case when i %% 4 = 0 then 'DIVORCE' else 'MARRIAGE' end,
               'H' || i, case when i %% 33 = 0 then 'NO_SHOW' else 'COMPLETED' end,
               s.day - 7, s.day
          from generate_series(1, %d) i
          join booking.slot_fact s on s.day = date '%s' - (1 + i %% 365)
          join marriage.office o on o.id = s.owner_key and s.owner = 'marriage.office'
                                and o.code = '%s'
        """)
            .formatted(HISTORY_APPOINTMENTS, day, HISTORY_OFFICE_CODE));
    database.execute(
        ("""
        insert into marriage.appointment_party (appointment_id, position, id_idx, id_enc, id_masked,
                                                sex, active, status, slot_day)
        select a.id, p, decode(md5(a.code || p), 'hex'), decode(md5(p || a.code), 'hex'),
               '5101**********000' || p, case p when 1 then 'MALE' else 'FEMALE' end, false,
               a.status, s.day
          from marriage.appointment a
          join booking.slot s on s.id = a.slot_id
          join marriage.office o on o.id = a.office_id and o.code = '%s',
               generate_series(1, 2) p
        """)
            .formatted(HISTORY_OFFICE_CODE));
    database.execute("analyze booking.slot, marriage.appointment, marriage.appointment_party");
  }

  /** Removes what a previous rush left (with --keep): bookings, slots, office, accounts. */
  void remove() {
    String office = "(select id from marriage.office where code = '" + OFFICE_CODE + "')";
    String appointments = "(select id from marriage.appointment where office_id in " + office + ")";
    database.execute(
        "delete from portal.citizen_account where id in (select citizen_account_id from"
            + " marriage.appointment where office_id in "
            + office
            + ")");
    database.execute(
        "delete from marriage.appointment_party where appointment_id in " + appointments);
    database.execute("delete from marriage.booking_outbox where appointment_id in " + appointments);
    database.execute("delete from marriage.appointment where office_id in " + office);
    String resources =
        "(select id from booking.resource where owner = 'marriage.office' and owner_key in "
            + office
            + ")";
    database.execute(
        "delete from booking.reservation where slot_id in (select id from"
            + " booking.slot where resource_id in "
            + resources
            + ")");
    database.execute("delete from booking.slot where resource_id in " + resources);
    database.execute("delete from booking.resource where id in " + resources);
    database.execute("delete from marriage.office where code = '" + OFFICE_CODE + "'");
  }

  private static ResultSet executeQuery(PreparedStatement s, String code) throws SQLException {
    s.setString(1, code);
    return s.executeQuery();
  }
}
