package cn.minzheng.socialwork.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.region.RegionQuery;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo runner (a bean only with minzheng.demo.enabled) run by hand, twice: once only; the
 * test's small population gives fewer rows than the demo's, in the same shape.
 */
@SpringBootTest
class SocialWorkDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired RegionQuery regions;
  @Autowired TransactionTemplate tx;
  @Autowired RegistryFixtures registry;
  @Autowired cn.minzheng.organisations.OrganisationRegister register;

  @Test
  void loadsEveryPartOnceOnly() {
    // working-age residents (the workers) and older ones (the people served) in two communities
    for (int i = 0; i < 20; i++) {
      String community = i % 2 == 0 ? "510104001001" : "510104001002";
      String body =
          "510104"
              + String.format(Locale.ROOT, "1990%02d%02d", 1 + i % 12, 1 + i)
              + "7"
              + String.format(Locale.ROOT, "%02d", i);
      registry.person(body + IdCardNo.checkChar(body), "演示社工候选" + i, community);
      registry.person("演示服务对象" + i, community);
    }
    SocialWorkDemoData demo = new SocialWorkDemoData(jdbc, regions, tx, register);
    demo.run(null);
    long workers = count("select count(*) from socialwork.social_worker where created_by = 'demo'");
    long services =
        count("select count(*) from socialwork.service_record where recorded_by = 'demo'");
    demo.run(null);

    assertThat(workers).isPositive();
    assertThat(services).isPositive();
    assertThat(count("select count(*) from socialwork.social_worker where created_by = 'demo'"))
        .isEqualTo(workers);
    assertThat(count("select count(*) from socialwork.service_record where recorded_by = 'demo'"))
        .isEqualTo(services);
    assertThat(count("select count(*) from socialwork.agency where created_by = 'demo'"))
        .isEqualTo(SocialWorkDemoData.AGENCIES);
    assertThat(count("select count(*) from socialwork.convention where created_by = 'demo'"))
        .isPositive();
    // a residents' council per station community, a compound organisation in every fourth; four
    // members each; six monthly meetings of each council
    long councils =
        count(
            "select count(*) from socialwork.governance_body where created_by = 'demo' and kind = 'COUNCIL'");
    assertThat(councils).isPositive();
    assertThat(
            count(
                "select count(*) from socialwork.governance_body where created_by = 'demo' and kind = 'COMPOUND'"))
        .isEqualTo(councils / 4);
    assertThat(
            count(
                """
                select count(*) from socialwork.governance_body b where b.created_by = 'demo'
                   and (select count(*) from socialwork.governance_member m where m.body_id = b.id) <> 4"""))
        .isZero();
    assertThat(
            count(
                """
                select count(*) from socialwork.governance_meeting g
                  join socialwork.governance_body b on b.id = g.body_id
                 where b.created_by = 'demo' and b.kind = 'COUNCIL'"""))
        .isEqualTo(councils * 6);
    // every demo service is given at the station of the person's own community
    assertThat(
            count(
                """
                select count(*) from socialwork.service_record r
                  join registry.person_fact p on p.id = r.person_id
                 where r.recorded_by = 'demo' and p.residence_region_code <> r.region_code"""))
        .isZero();
    // 8 topics, 12 person-times each, and some measures overdue for the board
    assertThat(
            count(
                "select coalesce(sum(persons), 0) from socialwork.walk_visit v join"
                    + " socialwork.walk_topic t on t.id = v.topic_id where t.created_by = 'demo'"))
        .isEqualTo(96);
    assertThat(
            jdbc.sql(
                    "select count(*) from socialwork.walk_measure where status = 'OPEN'"
                        + " and deadline < ?")
                .param(ChinaTime.today())
                .query(Long.class)
                .single())
        .isPositive();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
