package cn.minzheng.children;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.children.allowance.AllowanceCases;
import cn.minzheng.children.allowance.Candidates;
import cn.minzheng.children.allowance.CareType;
import cn.minzheng.children.allowance.CaseState;
import cn.minzheng.children.allowance.ChildAllowanceRun;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.registry.Relationship;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The proactive list: a child under 18 whose parents (the household head and spouse) are both dead
 * is suggested as an orphan; one with a living, not disabled parent is not; confirming files an
 * application that still waits for the street and the county, and nothing is paid before.
 */
@SpringBootTest
class CandidatesTest {

  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired Candidates candidates;
  @Autowired AllowanceCases cases;
  @Autowired ChildAllowanceRun run;
  @Autowired ChildrenTestData data;
  @Autowired JdbcClient jdbc;

  @Test
  void bothParentsDeadPutsTheChildOnTheListAndConfirmingOnlyFilesAnApplication() {
    LocalDate today = LocalDate.of(2026, 3, 1);
    RegistryFixtures.Person father = registry.person("候选父", RegistryTestData.COMMUNITY);
    RegistryFixtures.Person mother = registry.person("候选母", RegistryTestData.COMMUNITY);
    RegistryFixtures.Person orphan =
        data.child(LocalDate.of(2014, 2, 2), RegistryTestData.COMMUNITY);
    RegistryFixtures.Person withMother =
        data.child(LocalDate.of(2014, 3, 3), RegistryTestData.COMMUNITY);
    long household = registry.household(RegistryTestData.COMMUNITY, father, mother);
    registry.addMember(household, orphan.id(), Relationship.SON, RegistryFixtures.SINCE);
    RegistryFixtures.Person father2 = registry.person("候选父二", RegistryTestData.COMMUNITY);
    RegistryFixtures.Person mother2 = registry.person("候选母二", RegistryTestData.COMMUNITY);
    long household2 = registry.household(RegistryTestData.COMMUNITY, father2, mother2);
    registry.addMember(household2, withMother.id(), Relationship.DAUGHTER, RegistryFixtures.SINCE);
    personCommands.recordDeath(
        father.id(), new DeathReport(LocalDate.of(2024, 1, 5), "STAFF", null, "测试"));
    personCommands.recordDeath(
        mother.id(), new DeathReport(LocalDate.of(2025, 1, 5), "STAFF", null, "测试"));
    personCommands.recordDeath(
        father2.id(), new DeathReport(LocalDate.of(2025, 1, 5), "STAFF", null, "测试"));

    candidates.refresh(today, "5101");
    var found = candidates.get(orphan.id());
    assertThat(found.suggestedCategory()).isEqualTo("ORPHAN");
    assertThat(found.decision()).isNull();
    assertThat(
            jdbc.sql("select count(*) from children.candidate where person_id = ?")
                .param(withMother.id())
                .query(Integer.class)
                .single())
        .isZero();

    long caseId =
        candidates.confirm(
            orphan.id(),
            data.form(orphan.idNumber(), "ORPHAN", CareType.SCATTERED, ChildrenTestData.orphan()),
            "street_test",
            today);
    assertThat(cases.get(caseId).state()).isEqualTo(CaseState.APPLIED);
    assertThat(candidates.get(orphan.id()).caseId()).isEqualTo(caseId);
    run.run(YearMonth.of(2026, 4));
    assertThat(
            jdbc.sql(
                    "select count(*) from payments.entitlement where person_id = ?"
                        + " and programme = 'ORPHAN'")
                .param(orphan.id())
                .query(Integer.class)
                .single())
        .isZero();
  }
}
