package cn.minzheng.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.children.allowance.AllowanceCases;
import cn.minzheng.children.allowance.CareType;
import cn.minzheng.children.allowance.ChildAllowanceRun;
import cn.minzheng.children.allowance.Parent;
import cn.minzheng.children.allowance.ParentSituation;
import cn.minzheng.children.allowance.SituationRecord;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The allowance rules of docs/domain-rules.md §4 with their own numbers: 2,000 / 1,400 yuan from
 * 2023-01 (1,800 / 1,260 before), from the month after approval, the month of the 18th birthday is
 * the last one unless full-time study is recorded, death stops it the month after, a care-type
 * change changes the amount from the next month.
 */
@SpringBootTest
@EnableScenarios
class ChildAllowanceTest {

  static final BigDecimal INSTITUTION_2023 = new BigDecimal("2000.00");
  static final BigDecimal SCATTERED_2023 = new BigDecimal("1400.00");
  static final BigDecimal INSTITUTION_2022 = new BigDecimal("1800.00");
  static final BigDecimal SCATTERED_2022 = new BigDecimal("1260.00");

  @Autowired ChildrenTestData data;
  @Autowired AllowanceCases cases;
  @Autowired ChildAllowanceRun run;
  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired JdbcClient jdbc;

  @Test
  void theStandardOf2023AppliesFromJanuaryAndTheEarlierOneToDecember() {
    long orphanHome =
        data.approved(
            LocalDate.of(2012, 6, 1),
            "ORPHAN",
            CareType.INSTITUTION,
            LocalDate.of(2022, 10, 20),
            ChildrenTestData.COMMUNITY);
    long unsupportedScattered =
        data.approved(
            LocalDate.of(2013, 6, 1),
            "UNSUPPORTED",
            CareType.SCATTERED,
            LocalDate.of(2022, 10, 20),
            ChildrenTestData.COMMUNITY);
    run.run(YearMonth.of(2022, 12));
    run.run(YearMonth.of(2023, 1));
    assertThat(paid(orphanHome, "ORPHAN", 2022, 12)).contains(INSTITUTION_2022);
    assertThat(paid(orphanHome, "ORPHAN", 2023, 1)).contains(INSTITUTION_2023);
    assertThat(paid(unsupportedScattered, "UNSUPPORTED_CHILD", 2022, 12)).contains(SCATTERED_2022);
    assertThat(paid(unsupportedScattered, "UNSUPPORTED_CHILD", 2023, 1)).contains(SCATTERED_2023);
  }

  @Test
  void paymentStartsTheMonthAfterApprovalAndNeverBeforeADecision() {
    long approved =
        data.approved(
            LocalDate.of(2015, 1, 10),
            "ORPHAN",
            CareType.SCATTERED,
            LocalDate.of(2024, 3, 31),
            ChildrenTestData.COMMUNITY);
    RegistryFixtures.Person waiting =
        data.child(LocalDate.of(2015, 2, 10), ChildrenTestData.COMMUNITY);
    long proposed =
        cases.file(
            data.form(waiting.idNumber(), "ORPHAN", CareType.SCATTERED, ChildrenTestData.orphan()),
            "STAFF",
            "community_test",
            LocalDate.of(2024, 3, 1));
    cases.propose(proposed, true, "情况属实", "street_test");

    run.run(YearMonth.of(2024, 3));
    run.run(YearMonth.of(2024, 4));
    assertThat(paid(approved, "ORPHAN", 2024, 3)).isEmpty();
    assertThat(paid(approved, "ORPHAN", 2024, 4)).contains(SCATTERED_2023);
    assertThat(paid(proposed, "ORPHAN", 2024, 4)).isEmpty();
  }

  @Test
  void theMonthOfThe18thBirthdayIsTheLastOneWhetherItFallsOnTheFirstOrTheLastDay() {
    long onFirst =
        data.approved(
            LocalDate.of(2007, 4, 1),
            "ORPHAN",
            CareType.SCATTERED,
            LocalDate.of(2024, 12, 1),
            ChildrenTestData.COMMUNITY);
    long onLast =
        data.approved(
            LocalDate.of(2007, 3, 31),
            "ORPHAN",
            CareType.SCATTERED,
            LocalDate.of(2024, 12, 1),
            ChildrenTestData.COMMUNITY);
    for (int m = 3; m <= 5; m++) {
      run.run(YearMonth.of(2025, m));
    }
    assertThat(paid(onLast, "ORPHAN", 2025, 3)).contains(SCATTERED_2023);
    assertThat(paid(onLast, "ORPHAN", 2025, 4)).isEmpty();
    assertThat(paid(onFirst, "ORPHAN", 2025, 4)).contains(SCATTERED_2023);
    assertThat(paid(onFirst, "ORPHAN", 2025, 5)).isEmpty();
  }

  @Test
  void fullTimeStudyContinuesTheAllowanceToTheRecordedEndAndNeverPastTheConfiguredAge() {
    long student =
        data.approved(
            LocalDate.of(2008, 2, 15),
            "UNSUPPORTED",
            CareType.SCATTERED,
            LocalDate.of(2025, 6, 10),
            ChildrenTestData.COMMUNITY);
    cases.recordStudy(student, LocalDate.of(2026, 7, 10), "street_test");
    long longStudent =
        data.approved(
            LocalDate.of(2004, 9, 15),
            "ORPHAN",
            CareType.SCATTERED,
            LocalDate.of(2021, 6, 10),
            ChildrenTestData.COMMUNITY);
    // study recorded to 2027, but the configured age (22) is reached on 2026-09-15
    cases.recordStudy(longStudent, LocalDate.of(2027, 6, 30), "street_test");

    for (YearMonth m :
        List.of(
            YearMonth.of(2026, 3),
            YearMonth.of(2026, 7),
            YearMonth.of(2026, 8),
            YearMonth.of(2026, 9),
            YearMonth.of(2026, 10))) {
      run.run(m);
    }
    assertThat(paid(student, "UNSUPPORTED_CHILD", 2026, 3)).contains(SCATTERED_2023);
    assertThat(paid(student, "UNSUPPORTED_CHILD", 2026, 7)).contains(SCATTERED_2023);
    assertThat(paid(student, "UNSUPPORTED_CHILD", 2026, 8)).isEmpty();
    assertThat(paid(longStudent, "ORPHAN", 2026, 9)).contains(SCATTERED_2023);
    assertThat(paid(longStudent, "ORPHAN", 2026, 10)).isEmpty();
  }

  @Test
  void aChangeFromScatteredToInstitutionalCareChangesTheAmountFromTheNextMonth() {
    long id =
        data.approved(
            LocalDate.of(2014, 8, 8),
            "ORPHAN",
            CareType.SCATTERED,
            LocalDate.of(2023, 4, 5),
            ChildrenTestData.COMMUNITY);
    cases.changeCareType(id, CareType.INSTITUTION, "street_test", LocalDate.of(2023, 6, 30));
    run.run(YearMonth.of(2023, 6));
    run.run(YearMonth.of(2023, 7));
    assertThat(paid(id, "ORPHAN", 2023, 6)).contains(SCATTERED_2023);
    assertThat(paid(id, "ORPHAN", 2023, 7)).contains(INSTITUTION_2023);
  }

  @Test
  void aChildsDeathStopsTheAllowanceFromTheNextMonth(Scenario scenario) {
    long id =
        data.approved(
            LocalDate.of(2016, 1, 20),
            "ORPHAN",
            CareType.INSTITUTION,
            LocalDate.of(2023, 9, 1),
            ChildrenTestData.COMMUNITY);
    run.run(YearMonth.of(2023, 11));
    run.run(YearMonth.of(2023, 12));
    assertThat(paid(id, "ORPHAN", 2023, 12)).contains(INSTITUTION_2023);
    long child = cases.get(id).childPersonId();
    scenario
        .stimulate(
            () ->
                personCommands.recordDeath(
                    child, new DeathReport(LocalDate.of(2023, 11, 30), "STAFF", null, "测试")))
        .andWaitAtMost(Duration.ofSeconds(20))
        // the month is re-run in a transaction of its own, which commits before the listener's
        // (that sets the case's stop): wait for both
        .andWaitForStateChange(
            () ->
                paid(id, "ORPHAN", 2023, 12).isEmpty() && cases.get(id).stoppedFrom() != null
                    ? true
                    : null)
        .andVerify(
            stopped -> {
              assertThat(paid(id, "ORPHAN", 2023, 11)).contains(INSTITUTION_2023);
              assertThat(cases.get(id).stoppedFrom()).isEqualTo(LocalDate.of(2023, 12, 1));
            });
  }

  @Test
  void eachOfTheSixSituationsWithTheOtherParentDeadMakesADeFactoUnsupportedChildAtTheStandard() {
    YearMonth month = YearMonth.of(2024, 8);
    for (ParentSituation situation : ParentSituation.values()) {
      if (!situation.isOneOfTheSix()) {
        continue;
      }
      RegistryFixtures.Person child =
          data.child(LocalDate.of(2017, 3, 3), ChildrenTestData.COMMUNITY);
      long id =
          cases.file(
              data.form(
                  child.idNumber(),
                  "UNSUPPORTED",
                  CareType.SCATTERED,
                  List.of(
                      new SituationRecord(
                          Parent.FATHER, ParentSituation.DECEASED, LocalDate.of(2020, 1, 1)),
                      new SituationRecord(Parent.MOTHER, situation, LocalDate.of(2023, 1, 1)))),
              "STAFF",
              "community_test",
              LocalDate.of(2024, 7, 1));
      cases.propose(id, true, "情况属实", "street_test");
      cases.decide(id, true, "同意", "district_test", LocalDate.of(2024, 7, 15));
      run.run(month);
      assertThat(paid(id, "UNSUPPORTED_CHILD", 2024, 8))
          .as(situation.name())
          .contains(SCATTERED_2023);
    }
  }

  @Test
  void aDetentionOfLessThanSixMonthsDoesNotQualifyAndAnOrphanIsNotFiledAsUnsupported() {
    RegistryFixtures.Person child =
        data.child(LocalDate.of(2018, 3, 3), ChildrenTestData.COMMUNITY);
    assertThatThrownBy(
            () ->
                cases.file(
                    data.form(
                        child.idNumber(),
                        "UNSUPPORTED",
                        CareType.SCATTERED,
                        List.of(
                            new SituationRecord(
                                Parent.FATHER, ParentSituation.DECEASED, LocalDate.of(2020, 1, 1)),
                            new SituationRecord(
                                Parent.MOTHER,
                                ParentSituation.IMPRISONED,
                                LocalDate.of(2024, 2, 2)))),
                    "STAFF",
                    "community_test",
                    LocalDate.of(2024, 8, 1)))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () ->
                cases.file(
                    data.form(
                        child.idNumber(),
                        "UNSUPPORTED",
                        CareType.SCATTERED,
                        ChildrenTestData.orphan()),
                    "STAFF",
                    "community_test",
                    LocalDate.of(2024, 8, 1)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("孤儿");
  }

  @Test
  void aParentsReleaseEndsTheDeFactoStatusFromTheNextMonthWithAReview() {
    long id =
        data.approved(
            LocalDate.of(2016, 5, 5),
            "UNSUPPORTED",
            CareType.SCATTERED,
            LocalDate.of(2024, 9, 2),
            ChildrenTestData.COMMUNITY);
    cases.endParentSituation(id, Parent.MOTHER, LocalDate.of(2024, 11, 12), "street_test");
    run.run(YearMonth.of(2024, 11));
    run.run(YearMonth.of(2024, 12));
    assertThat(paid(id, "UNSUPPORTED_CHILD", 2024, 11)).contains(SCATTERED_2023);
    assertThat(paid(id, "UNSUPPORTED_CHILD", 2024, 12)).isEmpty();
    assertThat(cases.get(id).reviewDue()).isTrue();
  }

  @Test
  void theCountyApproverMayNotBeTheStreetReviewer() {
    RegistryFixtures.Person child =
        data.child(LocalDate.of(2019, 3, 3), ChildrenTestData.COMMUNITY);
    long id =
        cases.file(
            data.form(child.idNumber(), "ORPHAN", CareType.SCATTERED, ChildrenTestData.orphan()),
            "STAFF",
            "community_test",
            LocalDate.of(2024, 8, 1));
    cases.propose(id, true, "情况属实", "same_person");
    assertThatThrownBy(() -> cases.decide(id, true, "同意", "same_person", LocalDate.of(2024, 8, 2)))
        .isInstanceOf(InvalidInput.class);
  }

  private Optional<BigDecimal> paid(long caseId, String programme, int year, int month) {
    return jdbc.sql(
            """
            select e.amount from payments.entitlement e
              join children.allowance_case c on c.child_person_id = e.person_id
             where c.id = ? and e.programme = ? and e.month = ?""")
        .params(caseId, programme, LocalDate.of(year, month, 1))
        .query(BigDecimal.class)
        .optional();
  }
}
