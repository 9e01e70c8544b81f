package cn.minzheng.socialwork.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.booking.Reservations;
import cn.minzheng.booking.Slots;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The open-day demo runner run by hand, twice: seven open days, 150 registrations of which 120
 * attended (a tenth of the brief's 1,200+ visitors), the engine's seats matching; once only.
 */
@SpringBootTest
class OpenDayDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired Slots slots;
  @Autowired Reservations reservations;
  @Autowired TransactionTemplate tx;
  @Autowired RegistryFixtures registry;

  @Test
  void loadsOpenDaysWithOneHundredTwentyVisitorsOnceOnly() {
    long alive = count("select count(*) from registry.person_fact where life_status = 'ALIVE'");
    for (long i = alive; i < 150; i++) {
      registry.person("开放日演示居民" + i, RegistryTestData.COMMUNITY);
    }
    OpenDayDemoData demo = new OpenDayDemoData(jdbc, slots, reservations, tx);
    demo.run(null);
    demo.run(null);

    assertThat(count("select count(*) from socialwork.open_day where created_by = 'demo'"))
        .isEqualTo(7);
    String demoRegistrations =
        " from socialwork.open_day_registration r join socialwork.open_day d"
            + " on d.id = r.open_day_id where d.created_by = 'demo'";
    assertThat(count("select count(*)" + demoRegistrations)).isEqualTo(150);
    assertThat(count("select count(*)" + demoRegistrations + " and r.status = 'ATTENDED'"))
        .isEqualTo(120);
    // the engine holds one seat per registration (attended and no-show keep theirs)
    assertThat(
            count(
                "select coalesce(sum(s.booked), 0) from booking.slot_fact s join"
                    + " socialwork.open_day d on d.slot_id = s.id where d.created_by = 'demo'"))
        .isEqualTo(150);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
