package cn.minzheng.disability.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.disability.subsidy.MonthlySubsidyRun;
import cn.minzheng.disability.subsidy.RegistryRatings;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo runner (a bean only with minzheng.demo.enabled) run by hand, twice: the streets' demo
 * decisions happen once, the demo street's newly eligible are left for its caseworker.
 */
@SpringBootTest
class DisabilityDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired RegistryRatings ratings;
  @Autowired MonthlySubsidyRun run;
  @Autowired RegistryFixtures registry;

  @Test
  void decidesOnceAndLeavesTheDemoStreetsListToItsCaseworker() {
    long inDemoStreet =
        registry
            .disabledPerson(
                "演示街道",
                RegistryTestData.COMMUNITY,
                DisabilityCategory.MENTAL,
                1,
                LocalDate.of(2019, 1, 1))
            .id();
    registry.disabledPerson(
        "演示他区",
        RegistryTestData.SIBLING_DISTRICT_COMMUNITY,
        DisabilityCategory.VISUAL,
        2,
        LocalDate.of(2019, 1, 1));
    DisabilityDemoData demo = new DisabilityDemoData(jdbc, ratings, run);
    demo.run(null);
    long decided = count("select count(*) from disability.recipient where decided_by = 'demo'");
    demo.run(null);

    assertThat(decided).isPositive();
    assertThat(count("select count(*) from disability.recipient where decided_by = 'demo'"))
        .isEqualTo(decided);
    assertThat(
            count(
                "select count(*) from disability.recipient where person_id = "
                    + inDemoStreet
                    + " and status = 'PENDING'"))
        .isEqualTo(1);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
