package cn.minzheng.rescue.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.rescue.stations.RescueStations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo runner (a bean only with minzheng.demo.enabled) run by hand, twice. */
@SpringBootTest
class RescueDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired RescueStations stations;
  @Autowired TransactionTemplate tx;
  @Autowired RegistryFixtures registry;

  @Test
  void loadsSixStationsAndTheBriefsPersonTimesOnceOnly() {
    for (int i = 0; i < 3; i++) {
      registry.person("救演" + i, RegistryTestData.COMMUNITY);
    }
    var demo = new RescueDemoData(jdbc, stations, tx);
    demo.run(null);
    demo.run(null);

    assertThat(count("select count(*) from rescue.station where created_by = 'demo'")).isEqualTo(6);
    assertThat(count("select count(*) from rescue.intake where created_by = 'demo'"))
        .isEqualTo(3_575);
    assertThat(
            count(
                "select count(*) from rescue.intake where created_by = 'demo'"
                    + " and unidentified_id is not null"))
        .isEqualTo(1_075);
    // a person comes back: fewer persons than known intakes
    assertThat(
            count(
                "select count(distinct person_id) from rescue.intake where created_by = 'demo'"
                    + " and person_id is not null"))
        .isLessThan(2_500);
    // the work queue has persons in the stations, two of them beyond the limit
    assertThat(
            count(
                "select count(*) from rescue.intake where created_by = 'demo' and exit_kind is null"
                    + " and coalesce(extended_until, admitted_on + 9) < current_date"))
        .isEqualTo(2);
    assertThat(
            count(
                "select count(*) from rescue.intake where created_by = 'demo' and exit_kind is null"))
        .isGreaterThan(40); // about 6 unidentified a day over the last ten days alone
    // temporary numbers continue after the demo's: the counter holds the last number given
    assertThat(
            count(
                "select count(*) from rescue.temporary_number t join rescue.station s"
                    + " on s.id = t.station_id where s.created_by = 'demo'"
                    + " and t.last_value <> (select count(*) from rescue.unidentified u"
                    + " where u.station_id = t.station_id"
                    + " and split_part(u.temporary_no, '-', 3)::int = t.year)"))
        .isZero();
    assertThat(
            count(
                "select count(*) from rescue.intake where created_by = 'demo'"
                    + " and exited_on > current_date"))
        .isZero();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
