package cn.minzheng.organisations.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.organisations.credit.CreditLists;
import cn.minzheng.organisations.credit.ZombieCandidates;
import cn.minzheng.organisations.projects.GrantPayments;
import cn.minzheng.payments.PayeeAccounts;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The special-fund demo run twice after the register's: the brief's 605 approved projects once,
 * each with one grant handed to payments, three scores per decided application, none approved below
 * the pass score, the open call with applications waiting.
 */
@SpringBootTest
class ProjectDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired JdbcTemplate template;
  @Autowired RegionHierarchy regions;
  @Autowired CreditLists lists;
  @Autowired ZombieCandidates zombies;
  @Autowired GrantPayments payments;
  @Autowired PayeeAccounts accounts;
  @Autowired RegistryFixtures registry;

  @Test
  void createsTheBriefs605ProjectsOnceWithTheirGrantsPaid() {
    new OrganisationDemoData(jdbc, template, regions, lists, zombies).run(null);
    // the test registry may be empty when the register's demo ran: give its organisations a payee
    var person = registry.person("演示法人", RegistryTestData.COMMUNITY);
    jdbc.sql(
            "update organisations.organisation set legal_representative_id = ?"
                + " where demo and legal_representative_id is null")
        .param(person.id())
        .update();
    ProjectDemoData demo = new ProjectDemoData(jdbc, payments, accounts);
    demo.run(null);
    demo.run(null);

    assertThat(count("select count(*) from organisations.project_call where demo")).isEqualTo(4);
    assertThat(
            count(
                "select count(*) from organisations.project_application where demo and status = 'APPROVED'"))
        .isEqualTo(605);
    assertThat(
            count(
                "select count(*) from organisations.project_application where demo and status = 'REJECTED'"))
        .isEqualTo(3 * 40);
    assertThat(
            count(
                "select count(*) from organisations.project_application where demo and status = 'SUBMITTED'"))
        .isEqualTo(30);
    assertThat(
            count(
                """
                select count(*) from organisations.project_application a
                 where a.demo and a.status <> 'SUBMITTED'
                   and (select count(*) from organisations.project_score s where s.application_id = a.id) <> 3"""))
        .isZero();
    assertThat(
            count(
                """
                select count(*) from organisations.project_application a
                 where a.demo and a.status = 'APPROVED'
                   and (select avg(score) from organisations.project_score s where s.application_id = a.id) < 60"""))
        .isZero();
    BigDecimal granted =
        jdbc.sql(
                """
                select sum(g.amount) from organisations.project_grant g
                  join organisations.project_application a on a.id = g.application_id where a.demo""")
            .query(BigDecimal.class)
            .single();
    BigDecimal paid =
        jdbc.sql(
                """
                select sum(e.amount) from payments.entitlement_fact e
                 where e.programme = 'SPECIAL_FUND' and exists (
                   select 1 from organisations.project_grant g
                     join organisations.project_application a on a.id = g.application_id
                    where a.demo and position(g.grant_number in e.case_ref) > 0)""")
            .query(BigDecimal.class)
            .single();
    assertThat(paid).isEqualByComparingTo(granted);
    assertThat(count("select count(*) from organisations.project_grant g where not g.submitted"))
        .isZero();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
