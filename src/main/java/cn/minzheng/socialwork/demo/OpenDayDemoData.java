package cn.minzheng.socialwork.demo;

import cn.minzheng.booking.NewSlot;
import cn.minzheng.booking.Reservations;
import cn.minzheng.booking.Slots;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code minzheng.demo.enabled=true}: the bureau's open days at a tenth of the brief (1,200+
 * visitors): six past open days, one a month, of 25 registrations each, 20 of them attended (120
 * visitors), and one coming open day open for registration. Seats go through the booking engine
 * like a citizen's (one slot per open day); one transaction; a second start finds the demo open
 * days and changes nothing.
 */
@Component
@Order(401)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class OpenDayDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(OpenDayDemoData.class);

  static final String CITY = "510100000000";
  static final int PAST_DAYS = 6;
  static final int REGISTERED = 25;
  static final int ATTENDED = 20;

  private final JdbcClient jdbc;
  private final Slots slots;
  private final Reservations reservations;
  private final TransactionTemplate tx;

  OpenDayDemoData(JdbcClient jdbc, Slots slots, Reservations reservations, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.slots = slots;
    this.reservations = reservations;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (jdbc.sql("select exists (select 1 from socialwork.open_day where created_by = 'demo')")
        .query(Boolean.class)
        .single()) {
      return;
    }
    List<Long> persons =
        jdbc.sql(
                "select id from registry.person_fact where life_status = 'ALIVE'"
                    + " order by id limit ?")
            .param(PAST_DAYS * REGISTERED)
            .query(Long.class)
            .list();
    if (persons.size() < PAST_DAYS * REGISTERED) {
      log.info("open-day demo data skipped: too few residents");
      return;
    }
    tx.executeWithoutResult(status -> load(persons, ChinaTime.today()));
    log.info("open-day demo data: {} open days, {} visitors", PAST_DAYS + 1, PAST_DAYS * ATTENDED);
  }

  private void load(List<Long> persons, LocalDate today) {
    for (int m = PAST_DAYS; m >= 1; m--) {
      LocalDate day = today.minusMonths(m).withDayOfMonth(15);
      long id = openDay("民政开放日（" + day.getMonthValue() + "月）", day, 30);
      long slot = slotOf(id);
      int first = (PAST_DAYS - m) * REGISTERED;
      for (int i = 0; i < REGISTERED; i++) {
        long person = persons.get(first + i);
        long registration =
            jdbc.sql(
                    "insert into socialwork.open_day_registration (open_day_id, person_id)"
                        + " values (?, ?) returning id")
                .params(id, person)
                .query(Long.class)
                .single();
        long reservation =
            reservations
                .book(slot, "socialwork.open_day_registration:" + registration)
                .orElseThrow()
                .id();
        boolean came = i < ATTENDED;
        if (came) {
          reservations.attend(reservation);
        } else {
          reservations.noShow(reservation);
        }
        jdbc.sql(
                "update socialwork.open_day_registration set reservation_id = ?, status = ?,"
                    + " rating = ?, feedback_at = case when ? then now() end where id = ?")
            .params(
                reservation,
                came ? "ATTENDED" : "NO_SHOW",
                came && i % 2 == 0 ? 4 + i % 4 / 2 : null,
                came && i % 2 == 0,
                registration)
            .update();
      }
    }
    openDay("走进民政·婚姻登记与社会救助开放日", today.plusDays(20), 40);
  }

  private long openDay(String title, LocalDate day, int capacity) {
    long id =
        jdbc.sql(
                """
                insert into socialwork.open_day (region_code, title, place, description, held_on,
                       starts_at, ends_at, capacity, registration_opens, registration_closes,
                       created_by)
                values (?, ?, '市民政局一楼大厅', '参观办事大厅，体验婚姻登记、社会救助和养老服务', ?,
                        '09:30', '11:30', ?, ?, ?, 'demo') returning id""")
            .params(CITY, title, day, capacity, day.minusDays(20), day.minusDays(1))
            .query(Long.class)
            .single();
    long resource = slots.resource("socialwork.open_day", id, title);
    slots.open(
        List.of(
            new NewSlot(
                resource, day, LocalTime.of(9, 30), LocalTime.of(11, 30), capacity, false)));
    jdbc.sql("update socialwork.open_day set slot_id = ? where id = ?")
        .params(slotOf(resource, day), id)
        .update();
    return id;
  }

  private long slotOf(long resource, LocalDate day) {
    return slots.openSlots(resource, day, day).get(0).id();
  }

  private long slotOf(long openDay) {
    return jdbc.sql("select slot_id from socialwork.open_day where id = ?")
        .param(openDay)
        .query(Long.class)
        .single();
  }
}
