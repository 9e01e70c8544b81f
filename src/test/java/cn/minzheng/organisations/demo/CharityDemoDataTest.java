package cn.minzheng.organisations.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.organisations.charity.FilingDeadline;
import cn.minzheng.organisations.credit.CreditLists;
import cn.minzheng.organisations.credit.ZombieCandidates;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.shared.CreditCode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The charity demo run twice after the register's: the brief's 52, 41 and 25 / 1.06亿 once. */
@SpringBootTest
class CharityDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired JdbcTemplate template;
  @Autowired RegionHierarchy regions;
  @Autowired CreditLists lists;
  @Autowired ZombieCandidates zombies;
  @Autowired FilingDeadline deadline;

  @Test
  void createsTheBriefsCharityFiguresOnceOnly() {
    new OrganisationDemoData(jdbc, template, regions, lists, zombies).run(null);
    CharityDemoData demo = new CharityDemoData(jdbc, template, deadline);
    demo.run(null);
    demo.run(null);

    assertThat(count("select count(*) from organisations.charity_organisation where demo"))
        .isEqualTo(52);
    assertThat(
            count(
                "select count(*) from organisations.charity_project where demo and brand_on is not null"))
        .isEqualTo(41);
    assertThat(count("select count(*) from organisations.charity_trust where demo")).isEqualTo(25);
    assertThat(
            jdbc.sql("select sum(property) from organisations.charity_trust where demo")
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("106000000.00");
    assertThat(count("select count(*) from organisations.charity_trust where demo and late"))
        .isEqualTo(2);
    assertThat(
            jdbc.sql("select trustee_credit_code from organisations.charity_trust where demo")
                .query(String.class)
                .list())
        .allMatch(CreditCode::isValid);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
