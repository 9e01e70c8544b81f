package cn.minzheng.elderly;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.elderly.allowance.MonthlyAllowanceRun;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.testing.MigratedModules;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Elderly care starts with its direct dependencies only, and a death recorded in the registry stops
 * the advanced-age allowance from the next month.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class ElderlyModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired MonthlyAllowanceRun run;

  @Test
  void startsWithItsDirectDependenciesMigrationsOnly() {
    assertThat(MigratedModules.of(jdbc))
        .isEqualTo(
            Set.of(
                "platform",
                "calendar",
                "region",
                "registry",
                "payments",
                "portal",
                "lifeevents",
                "placenames",
                "elderly"));
  }

  @Test
  void aDeathStopsTheAllowanceFromTheNextMonth(Scenario scenario) {
    long elder =
        registry
            .person(
                ElderlyTestData.idNumberBornOn(LocalDate.of(1940, 2, 20)),
                "模块测试",
                RegistryTestData.COMMUNITY)
            .id();
    run.run(YearMonth.of(2025, 3));
    run.run(YearMonth.of(2025, 4));
    assertThat(paidIn(elder, "2025-04-01")).isEqualTo(1);

    scenario
        .stimulate(
            () ->
                personCommands.recordDeath(
                    elder, new DeathReport(LocalDate.of(2025, 3, 20), "STAFF", null, "测试")))
        .andWaitForStateChange(() -> paidIn(elder, "2025-04-01") == 0)
        .andVerify(stopped -> assertThat(paidIn(elder, "2025-03-01")).isEqualTo(1));
  }

  private int paidIn(long person, String month) {
    return jdbc.sql(
            "select count(*) from payments.entitlement where person_id = ?"
                + " and programme = 'GAOLING' and month = cast(? as date)")
        .params(person, month)
        .query(Integer.class)
        .single();
  }
}
