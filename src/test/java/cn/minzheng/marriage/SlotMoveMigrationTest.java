package cn.minzheng.marriage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.marriage.domain.offices.Offices;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;

/**
 * Marriage V5 moves existing slots into the booking engine without losing one: on a database as it
 * was before (a slot table of marriage with a booked slot and its appointment), the migration's own
 * script keeps every slot's id, day, times, capacity, seats taken, peak and closed flags, and the
 * appointment still finds its slot. Run as the owner role in a transaction that is rolled back.
 */
@SpringBootTest
class SlotMoveMigrationTest {

  private static final String SCRIPT = "db/migration/marriage/V5__slots_move_to_booking_engine.sql";

  @Autowired Offices offices;
  @Autowired Environment env;

  @Test
  void everySlotMovesWithItsIdAndSeatsAndTheAppointmentKeepsIt() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    try (Connection c =
        DriverManager.getConnection(
            env.getRequiredProperty("spring.datasource.url"),
            env.getRequiredProperty("spring.flyway.user"),
            env.getRequiredProperty("spring.flyway.password"))) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        long slotId = single(st, "select coalesce(max(id), 0) + 1000 from booking.slot");
        // marriage as it was before V5 (V1 and V4): its own slot table, appointments referring to
        // it
        st.execute(
            """
            create table marriage.slot (
              id bigint generated always as identity primary key,
              office_id bigint not null references marriage.office,
              day date not null, start_time time not null, end_time time not null,
              capacity integer not null check (capacity > 0),
              booked integer not null default 0, peak boolean not null default false,
              closed boolean not null default false,
              constraint slot_not_overbooked check (booked between 0 and capacity),
              constraint slot_once unique (office_id, day, start_time));
            alter table marriage.appointment add constraint appointment_slot_id_fkey
              foreign key (slot_id) references marriage.slot not valid;
            """);
        st.execute(
            "insert into marriage.slot (id, office_id, day, start_time, end_time, capacity,"
                + " booked, peak, closed) overriding system value values"
                + " ("
                + slotId
                + ", "
                + office
                + ", date '2031-05-20', time '09:00', time '09:30', 6, 1, true, false),"
                + " ("
                + (slotId + 1)
                + ", "
                + office
                + ", date '2031-05-21', time '14:00', time '14:30', 4, 0, false, true)");
        st.execute(
            "insert into marriage.appointment (slot_id, office_id, type, code) values ("
                + slotId
                + ", "
                + office
                + ", 'MARRIAGE', 'MOVE"
                + slotId
                + "')");

        st.execute(
            new String(
                new ClassPathResource(SCRIPT).getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));

        try (ResultSet rs =
            st.executeQuery(
                "select s.id, r.owner, r.owner_key, s.day, s.start_time, s.end_time, s.capacity,"
                    + " s.booked, s.peak, s.closed from booking.slot s"
                    + " join booking.resource r on r.id = s.resource_id"
                    + " where s.id in ("
                    + slotId
                    + ", "
                    + (slotId + 1)
                    + ") order by s.id")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getLong("id")).isEqualTo(slotId);
          assertThat(rs.getString("owner")).isEqualTo("marriage.office");
          assertThat(rs.getLong("owner_key")).isEqualTo(office);
          assertThat(rs.getString("day")).isEqualTo("2031-05-20");
          assertThat(rs.getString("start_time")).isEqualTo("09:00:00");
          assertThat(rs.getString("end_time")).isEqualTo("09:30:00");
          assertThat(rs.getInt("capacity")).isEqualTo(6);
          assertThat(rs.getInt("booked")).isEqualTo(1);
          assertThat(rs.getBoolean("peak")).isTrue();
          assertThat(rs.getBoolean("closed")).isFalse();
          assertThat(rs.next()).isTrue();
          assertThat(rs.getLong("id")).isEqualTo(slotId + 1);
          assertThat(rs.getInt("capacity")).isEqualTo(4);
          assertThat(rs.getBoolean("closed")).isTrue();
          assertThat(rs.next()).isFalse();
        }
        assertThat(
                single(
                    st,
                    "select count(*) from marriage.appointment a join booking.slot s"
                        + " on s.id = a.slot_id where a.code = 'MOVE"
                        + slotId
                        + "' and s.day = date '2031-05-20'"))
            .isOne();
        assertThat(
                single(
                    st,
                    "select count(*) from pg_tables where schemaname = 'marriage'"
                        + " and tablename = 'slot'"))
            .isZero();
        // a new slot does not collide with a moved id
        assertThat(single(st, "select nextval(pg_get_serial_sequence('booking.slot', 'id'))"))
            .isGreaterThan(slotId + 1);
      } finally {
        c.rollback();
      }
    }
  }

  private static long single(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
