package cn.minzheng.assistance;

import static cn.minzheng.assistance.AssistanceFixtures.as;
import static cn.minzheng.assistance.AssistanceFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.assistance.AssistanceFixtures.Household;
import cn.minzheng.assistance.StandardInForce.CareLevel;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseDecisions;
import cn.minzheng.assistance.cases.CasePublicity;
import cn.minzheng.assistance.cases.CasePublicity.Route;
import cn.minzheng.assistance.cases.CaseRuleViolation;
import cn.minzheng.assistance.cases.CaseState;
import cn.minzheng.assistance.cases.CaseStore;
import cn.minzheng.assistance.cases.CaseTransitions;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.PublicityPeriod;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CaseWorkflowTest {

  /** A Monday; publicity runs 2026-03-02 .. 2026-03-08 (7 days). */
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Autowired RegistryFixtures registry;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow workflow;
  @Autowired TownshipReview review;
  @Autowired CaseDecisions decisions;
  @Autowired CasePublicity publicity;
  @Autowired CaseStore store;
  @Autowired CaseTransitions transitions;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  AssistanceFixtures fx;
  StaffUser caseworker = AssistanceFixtures.caseworker();
  StaffUser approver = AssistanceFixtures.approver();

  @BeforeEach
  void fixtures() {
    fx = new AssistanceFixtures(registry, applications, workflow, review);
  }

  @Test
  void dibaoIsTheDifferenceToTheStandardTimesTheMembers() {
    Household h = fx.household(2);
    long id = fx.inPublicity(fx.dibao(h, Category.SUPPORT), "1000", caseworker, DAY);
    // per-capita 500; (910 - 500) x 2
    assertThat(store.find(id).orElseThrow().proposedAmount()).isEqualByComparingTo("820");
    assertThat(store.find(id).orElseThrow().publicityTo()).isEqualTo(LocalDate.of(2026, 3, 8));
  }

  @Test
  void perCapitaIncomeExactlyEqualToTheStandardIsNotEligible() {
    Household h = fx.household(2);
    long id = fx.investigated(fx.dibao(h, Category.SUPPORT), "1820", caseworker, DAY);
    assertThatThrownBy(() -> run(caseworker, () -> review.review(id, caseworker, DAY)))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("910.00")
        .hasMessageContaining("不低于");
  }

  @Test
  void aSmallDifferenceIsRaisedToTheMinimumPerPerson() {
    Household h = fx.household(2);
    // per-capita 909.50: difference 0.50 < minimum 10
    long id = fx.inPublicity(fx.dibao(h, Category.SUPPORT), "1819", caseworker, DAY);
    assertThat(store.find(id).orElseThrow().proposedAmount()).isEqualByComparingTo("20");
  }

  @Test
  void confirmationIsRefusedUntilThePublicityHasEnded() {
    long id = fx.inPublicity(fx.dibao(fx.household(1), Category.BOTTOM), "0", caseworker, DAY);
    LocalDate seventhDay = DAY.plusDays(6);
    assertThatThrownBy(() -> run(approver, () -> decisions.confirm(id, approver, seventhDay)))
        .hasMessageContaining("公示期满后方可确认");
    run(approver, () -> decisions.confirm(id, approver, seventhDay.plusDays(1)));
    var c = store.find(id).orElseThrow();
    assertThat(c.state()).isEqualTo(CaseState.CONFIRMED);
    assertThat(c.startMonth()).isEqualTo(LocalDate.of(2026, 4, 1));
  }

  @Test
  void theProposingCaseworkerCannotConfirm() {
    StaffUser both =
        AssistanceFixtures.staff(
            AssistanceFixtures.DISTRICT, Role.STREET_CASEWORKER, Role.DISTRICT_APPROVER);
    long id = fx.inPublicity(fx.dibao(fx.household(1), Category.BOTTOM), "0", both, DAY);
    assertThatThrownBy(() -> run(both, () -> decisions.confirm(id, both, DAY.plusDays(7))))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("同一人");
  }

  @Test
  void anObjectionOnTheSeventhDayPausesTheCaseAndOnTheEighthDayIsRefused() {
    long late = fx.inPublicity(fx.dibao(fx.household(1), Category.BOTTOM), "0", caseworker, DAY);
    assertThatThrownBy(() -> publicity.object(late, "有车辆", null, DAY.plusDays(7)))
        .isInstanceOf(RecordNotFoundException.class);

    long id = fx.inPublicity(fx.dibao(fx.household(1), Category.BOTTOM), "0", caseworker, DAY);
    publicity.object(id, "该户有经营性收入", "13800000000", DAY.plusDays(6));
    assertThat(store.find(id).orElseThrow().state()).isEqualTo(CaseState.OBJECTED);
    assertThat(publicity.publicList(AssistanceFixtures.COMMUNITY, DAY.plusDays(6)))
        .noneMatch(e -> e.caseId() == id);
    assertThatThrownBy(() -> run(approver, () -> decisions.confirm(id, approver, DAY.plusDays(8))))
        .hasMessageContaining("不能执行");

    LocalDate appraisal = DAY.plusDays(9);
    run(caseworker, () -> publicity.resolve(id, Route.APPRAISAL, "民主评议通过", caseworker, appraisal));
    var again = store.find(id).orElseThrow();
    assertThat(again.state()).isEqualTo(CaseState.PUBLICITY);
    assertThat(again.publicityTo()).isEqualTo(appraisal.plusDays(6));
    assertThatThrownBy(
            () -> run(approver, () -> decisions.confirm(id, approver, appraisal.plusDays(6))))
        .hasMessageContaining("公示期满后方可确认");
  }

  @Test
  void theSetBasedFormsOfThePublicityAgreeAtItsEdgesAndAnObjectionPausesBoth() {
    long id = fx.inPublicity(fx.dibao(fx.household(1), Category.BOTTOM), "0", caseworker, DAY);
    LocalDate seventhDay = DAY.plusDays(6);
    LocalDate eighthDay = DAY.plusDays(7);
    assertThat(matches(id, PublicityPeriod.RUNNING_ON_SQL, seventhDay)).isTrue();
    assertThat(matches(id, PublicityPeriod.ENDED_BEFORE_SQL, seventhDay)).isFalse();
    assertThat(matches(id, PublicityPeriod.RUNNING_ON_SQL, eighthDay)).isFalse();
    assertThat(matches(id, PublicityPeriod.ENDED_BEFORE_SQL, eighthDay)).isTrue();

    publicity.object(id, "该户有经营性收入", null, DAY.plusDays(2));
    for (LocalDate day : List.of(DAY.plusDays(2), seventhDay, eighthDay)) {
      assertThat(matches(id, PublicityPeriod.RUNNING_ON_SQL, day)).isFalse();
      assertThat(matches(id, PublicityPeriod.ENDED_BEFORE_SQL, day)).isFalse();
    }
  }

  private boolean matches(long caseId, String condition, LocalDate day) {
    return jdbc.sql("select count(*) from assistance.assistance_case where id = ? and " + condition)
            .params(caseId, day)
            .query(Long.class)
            .single()
        == 1;
  }

  @Test
  void theTransitionTableRefusesAnIllegalMoveWhoeverAsksAndLeavesTheState() {
    long id = fx.file(fx.dibao(fx.household(1), Category.BOTTOM), caseworker, DAY);
    assertThatThrownBy(() -> transitions.move(id, CaseState.APPLIED, CaseState.CONFIRMED))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessage("案件状态不能由“已申请”变为“纳入保障”。");
    assertThat(store.find(id).orElseThrow().state()).isEqualTo(CaseState.APPLIED);
  }

  @Test
  void aMoveFromAStateTheCaseHasAlreadyLeftChangesNothing() {
    long id = fx.file(fx.dibao(fx.household(1), Category.BOTTOM), caseworker, DAY);
    run(caseworker, () -> workflow.accept(id, caseworker));
    assertThatThrownBy(() -> transitions.move(id, CaseState.APPLIED, CaseState.ACCEPTED))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> transitions.move(id, CaseState.APPLIED, CaseState.REFUSED))
        .isInstanceOf(IllegalStateException.class);
    assertThat(store.find(id).orElseThrow().state()).isEqualTo(CaseState.ACCEPTED);
  }

  @Test
  void reinvestigationSendsTheCaseBackToTheHomeVisit() {
    long id = fx.inPublicity(fx.dibao(fx.household(1), Category.BOTTOM), "0", caseworker, DAY);
    publicity.object(id, "实际居住他处", null, DAY);
    run(caseworker, () -> publicity.resolve(id, Route.REINVESTIGATE, "再次入户", caseworker, DAY));
    assertThat(store.find(id).orElseThrow().state()).isEqualTo(CaseState.VERIFIED);
  }

  @Test
  void anInvalidTransitionIsRefusedWithAClearMessage() {
    long id = fx.file(fx.dibao(fx.household(1), Category.BOTTOM), caseworker, DAY);
    assertThatThrownBy(() -> run(approver, () -> decisions.confirm(id, approver, DAY)))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessage("案件当前状态为“已申请”，不能执行“县级确认”。");
  }

  @Test
  void theHomeVisitNeedsTwoDifferentStaffMembers() {
    long id = fx.file(fx.dibao(fx.household(1), Category.BOTTOM), caseworker, DAY);
    run(caseworker, () -> workflow.accept(id, caseworker));
    run(
        caseworker,
        () ->
            workflow.verify(
                id,
                new CaseWorkflow.ManualVerification(java.math.BigDecimal.ZERO, true, "r", "c"),
                caseworker,
                DAY));
    assertThatThrownBy(
            () ->
                run(
                    caseworker,
                    () -> {
                      workflow.recordVisit(id, caseworker, "情况", DAY);
                      workflow.countersignVisit(id, caseworker);
                    }))
        .hasMessageContaining("两名不同工作人员");
  }

  @Test
  void aCaseworkerOfAnotherStreetDoesNotFindTheCase() {
    long id = fx.file(fx.dibao(fx.household(1), Category.BOTTOM), caseworker, DAY);
    StaffUser other =
        AssistanceFixtures.staff(AssistanceFixtures.SIBLING_STREET, Role.STREET_CASEWORKER);
    assertThatThrownBy(() -> run(other, () -> workflow.accept(id, other)))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void withoutAnAutomatedProviderTheVerificationNeedsAManualResult() {
    long id = fx.file(fx.dibao(fx.household(1), Category.BOTTOM), caseworker, DAY);
    run(caseworker, () -> workflow.accept(id, caseworker));
    assertThatThrownBy(() -> run(caseworker, () -> workflow.verify(id, null, caseworker, DAY)))
        .hasMessageContaining("手工录入");
  }

  @Test
  void temporaryAssistanceUpToThreeStandardsIsApprovedByTheTownshipAboveGoesToTheCounty() {
    StaffUser reviewer = AssistanceFixtures.caseworker();
    long small = fx.investigated(fx.linshi(fx.household(1), "2730.00"), "0", caseworker, DAY);
    CaseState direct = as(reviewer, () -> review.review(small, reviewer, DAY));
    assertThat(direct).isEqualTo(CaseState.CONFIRMED);

    long large = fx.investigated(fx.linshi(fx.household(1), "2730.01"), "0", caseworker, DAY);
    assertThat(as(reviewer, () -> review.review(large, reviewer, DAY)))
        .isEqualTo(CaseState.TOWNSHIP_APPROVED);
    run(approver, () -> decisions.confirm(large, approver, DAY));
    assertThat(store.find(large).orElseThrow().state()).isEqualTo(CaseState.CONFIRMED);
  }

  @Test
  void theCaseworkerWhoFiledTemporaryAssistanceCannotApproveItAtTheTownship() {
    long id = fx.investigated(fx.linshi(fx.household(1), "500"), "0", caseworker, DAY);
    assertThatThrownBy(() -> run(caseworker, () -> review.review(id, caseworker, DAY)))
        .hasMessageContaining("同一人");
  }

  @Test
  void extremePovertySupportNeedsNoCapacityToWorkAndPaysBasicPlusCare() {
    Household young = fx.household(AssistanceFixtures.COMMUNITY, LocalDate.of(1990, 5, 5));
    long refused = fx.investigated(fx.tekun(young, CareLevel.SELF), "0", caseworker, DAY);
    assertThatThrownBy(() -> run(caseworker, () -> review.review(refused, caseworker, DAY)))
        .hasMessageContaining("具有劳动能力");

    // 60 on 2026-03-02 exactly
    Household old = fx.household(AssistanceFixtures.COMMUNITY, LocalDate.of(1966, 3, 2));
    long id = fx.inPublicity(fx.tekun(old, CareLevel.PARTIAL), "0", caseworker, DAY);
    // 1.3 x 910 = 1183, + 300 (半失能, configured)
    assertThat(store.find(id).orElseThrow().proposedAmount()).isEqualByComparingTo("1483");
  }

  @Test
  void aRefusalCarriesReasonsAndItsNoticeIsLateAfterThreeWorkingDays() {
    long id = fx.file(fx.dibao(fx.household(1), Category.BOTTOM), caseworker, DAY);
    run(approver, () -> decisions.refuse(id, "家庭人均收入高于标准", approver, DAY));
    var c = store.find(id).orElseThrow();
    assertThat(
            jdbc.sql("select body from portal.citizen_message where once_key = ?")
                .param("assistance:refused:" + id)
                .query(String.class)
                .single())
        .contains("不予纳入", "家庭人均收入高于标准");
    assertThat(decisions.noticeLate(c, LocalDate.of(2026, 3, 5))).isFalse();
    assertThat(decisions.noticeLate(c, LocalDate.of(2026, 3, 6))).isTrue();
    var issued =
        as(caseworker, () -> decisions.issueNotice(id, caseworker, LocalDate.of(2026, 3, 4)));
    assertThat(decisions.noticeLate(issued, LocalDate.of(2026, 3, 20))).isFalse();
  }

  @Test
  void theThirtyWorkingDayTimeLimitSkipsSpringFestivalAndCountsTheWorkedSaturdays() {
    // filed Monday 2026-02-02: 2-03..2-13 (9), Sat 2-14 worked (10), 2-15..2-23 off,
    // 2-24..2-27 (14), Sat 2-28 worked (15), 3-02..3-20 (30)
    long id =
        fx.file(fx.dibao(fx.household(1), Category.BOTTOM), caseworker, LocalDate.of(2026, 2, 2));
    assertThat(store.find(id).orElseThrow().deadline()).isEqualTo(LocalDate.of(2026, 3, 20));
  }
}
