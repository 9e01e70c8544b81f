package cn.minzheng.funeral.demo;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.funeral.cases.CaseState;
import cn.minzheng.funeral.cases.SubsidyCases;
import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.funeral.halls.MemorialHalls;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo runner (a bean only with minzheng.demo.enabled) run by hand, twice. */
@SpringBootTest
class FuneralDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired Facilities facilities;
  @Autowired MemorialHalls halls;
  @Autowired SubsidyCases cases;
  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands commands;

  @Test
  void createsHomesTheBriefsHallsAndPaidCasesOnceOnly() {
    var deceased = registry.person("殡演甲", RegistryTestData.COMMUNITY);
    var wife = registry.person("殡演甲妻", RegistryTestData.COMMUNITY);
    registry.household(RegistryTestData.COMMUNITY, deceased, wife);
    var died = YearMonth.from(ChinaTime.today()).minusMonths(2).atDay(10);
    RegistryTestData.as(
        auth(RegistryTestData.CITY, Role.CITY_ADMIN),
        () -> commands.recordDeath(deceased.id(), new DeathReport(died, "STAFF", null, "演示测试")));
    var demo = new FuneralDemoData(jdbc, facilities, halls, cases);

    demo.run(null);
    long hallsAfterFirst = count("select count(*) from funeral.hall where created_by = 'demo'");
    demo.run(null);

    assertThat(count("select count(*) from funeral.facility where created_by = 'demo'"))
        .isEqualTo(7);
    assertThat(hallsAfterFirst).isEqualTo(25);
    assertThat(
            count(
                "select count(*) from funeral.hall where created_by = 'demo'"
                    + " and kind = 'COMPREHENSIVE'"))
        .isEqualTo(15);
    assertThat(count("select count(*) from funeral.hall where created_by = 'demo'")).isEqualTo(25);
    var c = cases.ofDeceased(deceased.id()).orElseThrow();
    assertThat(c.state()).isEqualTo(CaseState.APPROVED);
    assertThat(c.applicantPersonId()).isEqualTo(wife.id());
    // a resident: transport 300 capped at 200, cremation 450 capped at 400, storage not covered
    assertThat(c.amount())
        .isIn(new java.math.BigDecimal("600.00"), new java.math.BigDecimal("2600.00"));
    assertThat(c.payMonth()).isEqualTo(YearMonth.from(died).plusMonths(1).atDay(1));
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
