package cn.minzheng.marriage.demo;

import cn.minzheng.booking.Slots;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.shared.IdCardNo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Six months of appointments on the demo offices' past slots (peak days nearly full, other days
 * lightly used), mostly attended, some no-shows and cancellations. Their parties are residents of
 * other provinces (全国通办): they are not in the city registry, so nothing there has to change.
 * Written in batches; every attended marriage appointment later gets its registration.
 */
final class PastBookings {

  private static final String[] ELSEWHERE = {"110105", "310115", "500103", "440305", "420106"};

  private record PastSlot(long id, long officeId, LocalDate day, int capacity, boolean peak) {}

  private final JdbcTemplate jdbc;
  private final Slots slots;
  private final FieldCipher cipher;
  private final SplittableRandom random = new SplittableRandom(20_260_520L);

  PastBookings(JdbcTemplate jdbc, Slots slots, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.slots = slots;
    this.cipher = cipher;
  }

  /** Answers the appointments written. */
  int write(LocalDate from, LocalDate to) {
    List<PastSlot> slots =
        jdbc.query(
            "select s.id, s.owner_key, s.day, s.capacity, s.peak from booking.slot_fact s"
                + " join marriage.office o on o.id = s.owner_key and s.owner = 'marriage.office'"
                + " where o.code in ('JJ', 'QY', 'JJP') and s.day >= ? and s.day < ?"
                + " and s.booked = 0 order by s.id",
            (rs, n) ->
                new PastSlot(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getInt(4),
                    rs.getBoolean(5)),
            from,
            to);
    List<Object[]> appointments = new ArrayList<>();
    List<Object[]> parties = new ArrayList<>();
    int sequence = 0;
    for (PastSlot slot : slots) {
      int n =
          slot.peak()
              ? slot.capacity() - random.nextInt(0, 2)
              : random.nextInt(0, slot.capacity() / 3 + 1);
      for (int i = 0; i < n; i++) {
        String code = String.format(Locale.ROOT, "DM%08d", ++sequence);
        double r = random.nextDouble();
        String status = r < 0.82 ? "COMPLETED" : r < 0.93 ? "NO_SHOW" : "CANCELLED";
        String type = random.nextDouble() < 0.85 ? "MARRIAGE" : "DIVORCE";
        appointments.add(
            new Object[] {slot.id(), slot.officeId(), type, code, status, slot.day().minusDays(7)});
        parties.add(party(code, 1, true, status, slot.day()));
        parties.add(party(code, 2, false, status, slot.day()));
      }
    }
    jdbc.batchUpdate(
        "insert into marriage.appointment (slot_id, office_id, type, code, status, created_at,"
            + " changed_at) values (?, ?, ?, ?, ?, ?::date + time '10:00', ?::date + time '18:00')",
        appointments.stream()
            .map(a -> new Object[] {a[0], a[1], a[2], a[3], a[4], a[5], a[5]})
            .toList());
    jdbc.batchUpdate(
        "insert into marriage.appointment_party (appointment_id, position, id_idx, id_enc,"
            + " id_masked, sex, active, status, slot_day)"
            + " select id, ?, ?, ?, ?, ?, false, ?, ? from marriage.appointment where code = ?",
        parties);
    Map<Long, Integer> seats = new HashMap<>();
    jdbc.query(
        "select slot_id, count(*) from marriage.appointment where code like 'DM%'"
            + " and status <> 'CANCELLED' group by slot_id",
        rs -> {
          seats.put(rs.getLong(1), rs.getInt(2));
        });
    this.slots.takeSeats(seats);
    return appointments.size();
  }

  private Object[] party(String code, int position, boolean male, String status, LocalDate day) {
    IdCardNo id = new IdCardNo(idNumber(male, day));
    return new Object[] {
      position,
      cipher.blindIndex(id.value()),
      cipher.encrypt(id.value()),
      id.masked(),
      male ? "MALE" : "FEMALE",
      status,
      day,
      code
    };
  }

  /** A valid number of someone of marriageable age from another province. */
  private String idNumber(boolean male, LocalDate day) {
    LocalDate birth = day.minusYears(random.nextInt(24, 40)).minusDays(random.nextInt(0, 365));
    int sequence = random.nextInt(0, 450) * 2 + (male ? 1 : 0);
    String body =
        ELSEWHERE[random.nextInt(ELSEWHERE.length)]
            + birth.toString().replace("-", "")
            + String.format(Locale.ROOT, "%03d", sequence);
    return body + IdCardNo.checkChar(body);
  }
}
