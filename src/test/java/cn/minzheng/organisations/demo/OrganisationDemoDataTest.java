package cn.minzheng.organisations.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.organisations.credit.CreditLists;
import cn.minzheng.organisations.credit.ZombieCandidates;
import cn.minzheng.platform.RegionHierarchy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo runner run by hand, twice: the brief's tenth once only, the demo account bound. */
@SpringBootTest
class OrganisationDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired JdbcTemplate template;
  @Autowired RegionHierarchy regions;
  @Autowired CreditLists lists;
  @Autowired ZombieCandidates zombies;

  @Test
  void createsATenthOfTheRegisterWithReportsListingsAndCleanUpsOnceOnly() {
    OrganisationDemoData demo = new OrganisationDemoData(jdbc, template, regions, lists, zombies);
    demo.run(null);
    long registered =
        count(
            "select count(*) from organisations.organisation where demo and kind <> 'COMMUNITY_FILED'");
    long reports =
        count(
            "select count(*) from organisations.annual_report r join organisations.organisation o on o.id = r.organisation_id where o.demo");
    demo.run(null);

    assertThat(registered).isEqualTo(1_201); // 1,200 and the demo account's own
    assertThat(
            count(
                "select count(*) from organisations.organisation where demo and kind = 'COMMUNITY_FILED'"))
        .isEqualTo(2_400);
    assertThat(
            count(
                "select count(*) from organisations.annual_report r join organisations.organisation o on o.id = r.organisation_id where o.demo"))
        .isEqualTo(reports)
        .isGreaterThan(2_000);
    // the brief: 643 listed of 1.2万 (about 5 %), 269 cleaned up (about 2 %)
    assertThat(
            count(
                "select count(distinct l.organisation_id) from organisations.listing l join organisations.organisation o on o.id = l.organisation_id where o.demo and l.removed_on is null"))
        .isBetween(30L, 120L);
    assertThat(
            count(
                "select count(*) from organisations.zombie_candidate z join organisations.organisation o on o.id = z.organisation_id where o.demo and z.status = 'CONFIRMED'"))
        .isBetween(10L, 60L);
    assertThat(
            count(
                "select count(*) from organisations.organisation_account a join organisations.organisation o on o.id = a.organisation_id where a.username = 'organisation' and o.region_code like '510104%'"))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from organisations.organisation where demo and credit_code is not null"
                    + " and credit_code !~ '^5[123]'"))
        .isZero();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
