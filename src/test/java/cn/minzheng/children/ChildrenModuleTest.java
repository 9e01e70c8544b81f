package cn.minzheng.children;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.children.allowance.AllowanceCases;
import cn.minzheng.children.allowance.CareType;
import cn.minzheng.children.allowance.ChildAllowanceRun;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
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
 * The children module starts with its direct dependencies only, and a child's death recorded in the
 * registry stops the allowance from the next month.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class ChildrenModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired ChildrenTestData data;
  @Autowired AllowanceCases cases;
  @Autowired PersonCommands personCommands;
  @Autowired ChildAllowanceRun run;

  @Test
  void startsWithItsDirectDependenciesMigrationsOnly() {
    assertThat(MigratedModules.of(jdbc))
        .isEqualTo(
            Set.of(
                "platform", "region", "registry", "payments", "portal", "lifeevents", "children"));
  }

  @Test
  void aDeathStopsTheAllowanceFromTheNextMonth(Scenario scenario) {
    long id =
        data.approved(
            LocalDate.of(2015, 7, 7),
            "ORPHAN",
            CareType.SCATTERED,
            LocalDate.of(2025, 1, 10),
            ChildrenTestData.COMMUNITY);
    run.run(YearMonth.of(2025, 3));
    run.run(YearMonth.of(2025, 4));
    assertThat(paidIn(id, "2025-04-01")).isEqualTo(1);
    long child = cases.get(id).childPersonId();
    scenario
        .stimulate(
            () ->
                personCommands.recordDeath(
                    child, new DeathReport(LocalDate.of(2025, 3, 20), "STAFF", null, "测试")))
        .andWaitForStateChange(() -> paidIn(id, "2025-04-01") == 0)
        .andVerify(stopped -> assertThat(paidIn(id, "2025-03-01")).isEqualTo(1));
  }

  private int paidIn(long caseId, String month) {
    return jdbc.sql(
            """
            select count(*) from payments.entitlement e
              join children.allowance_case c on c.child_person_id = e.person_id
             where c.id = ? and e.programme = 'ORPHAN' and e.month = cast(? as date)""")
        .params(caseId, month)
        .query(Integer.class)
        .single();
  }
}
