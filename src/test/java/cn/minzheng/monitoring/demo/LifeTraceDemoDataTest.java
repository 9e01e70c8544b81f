package cn.minzheng.monitoring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.elderly.ElderlyTestData;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's traces of life (a bean only with minzheng.demo.enabled) run by hand, twice. */
@SpringBootTest
class LifeTraceDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;

  @Test
  void givesMostLivingEldersOneRecentTraceOnceOnly() {
    for (int i = 0; i < 40; i++) {
      registry.person(
          ElderlyTestData.idNumberBornOn(LocalDate.of(1935, 1, 1).plusDays(i)),
          "演示老人",
          MonitoringDemoDataTest.DEMO_COMMUNITY);
    }
    LifeTraceDemoData demo = new LifeTraceDemoData(jdbc);
    demo.run(null);
    long facts = traces();
    demo.run(null);

    assertThat(traces()).isEqualTo(facts).isPositive();
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from monitoring.fact t
                      join monitoring.feed_batch b on b.id = t.batch_id
                      join registry.person_fact p on p.id = t.person_id
                     where b.idempotency_key = 'demo-life-traces'
                       and (t.fact_date < cast(? as date) - 25
                            or p.birth_date > cast(? as date) - interval '80 years')""")
                .params(ChinaTime.today(), ChinaTime.today())
                .query(Long.class)
                .single())
        .as("only elders, only the last 25 days")
        .isZero();
  }

  private long traces() {
    return jdbc.sql(
            "select count(*) from monitoring.fact f join monitoring.feed_batch b on b.id = f.batch_id"
                + " where b.idempotency_key = 'demo-life-traces'")
        .query(Long.class)
        .single();
  }
}
