package cn.minzheng.monitoring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.monitoring.feeds.FeedImports;
import cn.minzheng.monitoring.register.LowIncomeRegister;
import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo runner (a bean only with minzheng.demo.enabled) run by hand, twice. */
@SpringBootTest
class MonitoringDemoDataTest {

  /** A street no other test fills, so that the runner picks exactly these residents. */
  static final String DEMO_STREET = "510105001000";

  static final String DEMO_COMMUNITY = "510105001001";

  @Autowired JdbcClient jdbc;
  @Autowired FieldCipher cipher;
  @Autowired LowIncomeRegister register;
  @Autowired FeedImports imports;
  @Autowired VisitRecords visits;
  @Autowired RegistryFixtures registry;

  @Test
  void buildsARegisterAndFeedBatchesThatRaiseWarningsOnceOnly() {
    for (int i = 0; i < MonitoringDemoData.PEOPLE / 2; i++) {
      Person a = registry.person("演示甲", DEMO_COMMUNITY);
      Person b = registry.person("演示乙", DEMO_COMMUNITY);
      registry.household(DEMO_COMMUNITY, a, b);
    }
    MonitoringDemoData demo =
        new MonitoringDemoData(jdbc, cipher, register, imports, visits, DEMO_STREET);

    demo.run(null);
    long batches = count("select count(*) from monitoring.feed_batch where caller = 'demo'");
    long warnings = count("select count(*) from monitoring.warning");
    long facts = count("select count(*) from monitoring.fact");
    demo.run(null);

    assertThat(batches).isEqualTo(6);
    assertThat(count("select count(*) from monitoring.feed_batch where caller = 'demo'"))
        .isEqualTo(batches);
    assertThat(count("select count(*) from monitoring.warning")).isEqualTo(warnings);
    assertThat(count("select count(*) from monitoring.fact")).isEqualTo(facts);
    assertThat(
            count(
                "select count(*) from monitoring.warning w join monitoring.fact f on f.id = w.fact_id"
                    + " join monitoring.feed_batch b on b.id = f.batch_id where b.caller = 'demo'"))
        .isPositive();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
