package cn.minzheng.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.assistance.AssistanceEnded;
import cn.minzheng.assistance.AssistanceGranted;
import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.children.allowance.AllowanceCases;
import cn.minzheng.children.allowance.CareType;
import cn.minzheng.children.allowance.CaseState;
import cn.minzheng.children.allowance.ChildAllowanceRun;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.testing.MigratedModules;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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

  @Test
  void anOrphanCoveredBy特困IsNotPaidTheOrphanAllowanceForThoseMonths(Scenario scenario) {
    long id =
        data.approved(
            LocalDate.of(2014, 8, 8),
            "ORPHAN",
            CareType.SCATTERED,
            LocalDate.of(2025, 1, 10),
            ChildrenTestData.COMMUNITY);
    long child = cases.get(id).childPersonId();
    scenario
        .publish(
            new AssistanceGranted(
                7301L,
                930001L,
                AssistanceType.TEKUN,
                "特困供养",
                List.of(child),
                ChildrenTestData.COMMUNITY,
                YearMonth.of(2025, 4)))
        .andWaitForStateChange(() -> cases.get(id).reviewDue())
        .andVerify(due -> assertThat(due).isTrue());
    for (int m = 3; m <= 7; m++) {
      run.run(YearMonth.of(2025, m));
    }
    assertThat(paidIn(id, "2025-03-01")).isEqualTo(1);
    assertThat(paidIn(id, "2025-04-01")).isZero();
    assertThat(paidIn(id, "2025-07-01")).isZero();

    scenario
        .publish(
            new AssistanceEnded(
                7301L,
                930001L,
                AssistanceType.TEKUN,
                List.of(child),
                YearMonth.of(2025, 5),
                "选择孤儿基本生活费"))
        .andWaitForStateChange(
            () ->
                jdbc.sql("select last_month from children.tekun_coverage where case_id = 7301")
                    .query(LocalDate.class)
                    .optional()
                    .orElse(null))
        .andVerify(last -> assertThat(last).isEqualTo(LocalDate.of(2025, 5, 1)));
    for (int m = 5; m <= 6; m++) {
      run.run(YearMonth.of(2025, m));
    }
    assertThat(paidIn(id, "2025-05-01")).isZero();
    assertThat(paidIn(id, "2025-06-01")).isEqualTo(1);
  }

  @Test
  void theCountyCannotApproveTheOrphanAllowanceWhile特困CoversTheChild(Scenario scenario) {
    var child = data.child(LocalDate.of(2013, 9, 9), ChildrenTestData.COMMUNITY);
    scenario
        .publish(
            new AssistanceGranted(
                7302L,
                930002L,
                AssistanceType.TEKUN,
                "特困供养",
                List.of(child.id()),
                ChildrenTestData.COMMUNITY,
                YearMonth.of(2025, 4)))
        .andWaitForStateChange(
            () ->
                jdbc.sql("select count(*) from children.tekun_coverage where case_id = 7302")
                        .query(Integer.class)
                        .single()
                    > 0)
        .andVerify(stored -> assertThat(stored).isTrue());
    long id =
        cases.file(
            data.form(child.idNumber(), "ORPHAN", CareType.SCATTERED, ChildrenTestData.orphan()),
            "STAFF",
            "community_test",
            LocalDate.of(2025, 2, 1));
    cases.propose(id, true, "情况属实", "street_test");
    // decided in March: paid from April, a month 特困 covers
    assertThatThrownBy(
            () -> cases.decide(id, true, "同意", "district_test", LocalDate.of(2025, 3, 31)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("只能选择一项");
    // decided in February: paid from March, before 特困 begins (April stops it in the run)
    cases.decide(id, true, "同意", "district_test", LocalDate.of(2025, 2, 28));
    assertThat(cases.get(id).state()).isEqualTo(CaseState.APPROVED);
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
