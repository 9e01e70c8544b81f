package cn.minzheng.assistance;

import static cn.minzheng.assistance.AssistanceFixtures.as;
import static cn.minzheng.assistance.AssistanceFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.assistance.AssistanceFixtures.Household;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseDecisions;
import cn.minzheng.assistance.cases.CaseState;
import cn.minzheng.assistance.cases.CaseStore;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.PeriodicReviews;
import cn.minzheng.assistance.cases.PeriodicReviews.Outcome;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.assistance.run.MonthlyRun;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class PeriodicReviewTest {

  @Autowired RegistryFixtures registry;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow workflow;
  @Autowired TownshipReview review;
  @Autowired CaseDecisions decisions;
  @Autowired CaseStore store;
  @Autowired PeriodicReviews reviews;
  @Autowired MonthlyRun monthlyRun;
  @Autowired JdbcClient jdbc;

  AssistanceFixtures fx;
  StaffUser caseworker = AssistanceFixtures.caseworker();
  StaffUser approver = AssistanceFixtures.approver();

  @BeforeEach
  void fixtures() {
    fx = new AssistanceFixtures(registry, applications, workflow, review);
  }

  long confirmed(Category category, Household h, LocalDate day) {
    long id = fx.inPublicity(fx.dibao(h, category), "0", caseworker, day);
    run(approver, () -> decisions.confirm(id, approver, day.plusDays(7)));
    return id;
  }

  long openReview(long caseId) {
    return jdbc.sql("select id from assistance.review where case_id = ? and outcome is null")
        .param(caseId)
        .query(Long.class)
        .single();
  }

  BigDecimal paid(long person, YearMonth month) {
    return jdbc.sql(
            "select amount from payments.entitlement where person_id = ? and month = ?"
                + " and programme = 'DIBAO'")
        .params(person, month.atDay(1))
        .query(BigDecimal.class)
        .optional()
        .orElse(null);
  }

  @Test
  void supportHouseholdsAreReviewedEverySixMonthsOthersYearly() {
    LocalDate day = LocalDate.of(2026, 1, 5);
    long support = confirmed(Category.SUPPORT, fx.household(1), day);
    long bottom = confirmed(Category.BOTTOM, fx.household(1), day);
    assertThat(store.find(support).orElseThrow().nextReviewOn())
        .isEqualTo(day.plusDays(7).plusMonths(6));
    assertThat(store.find(bottom).orElseThrow().nextReviewOn())
        .isEqualTo(day.plusDays(7).plusMonths(12));
    assertThat(reviews.generate()).isGreaterThanOrEqualTo(0);
    assertThat(openReview(support)).isPositive();
  }

  @Test
  void anAdjustmentTakesEffectFromItsMonthAndAStopEndsThePaymentBeforeIt() {
    Household h = fx.household(1);
    long id = confirmed(Category.BOTTOM, h, LocalDate.of(2026, 1, 12)); // paid from February
    long person = h.personIds().get(0);
    StaffUser approver = AssistanceFixtures.approver();
    // the street office may only continue a benefit: changing or stopping it is the county's
    assertThatThrownBy(
            () ->
                reviews.decide(
                    openReview(id),
                    Outcome.ADJUST,
                    YearMonth.of(2026, 4),
                    new BigDecimal("300"),
                    "务工收入",
                    caseworker))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    as(
        approver,
        () -> {
          reviews.decide(
              openReview(id),
              Outcome.ADJUST,
              YearMonth.of(2026, 4),
              new BigDecimal("300"),
              "务工收入",
              approver);
          return null;
        });
    monthlyRun.run(YearMonth.of(2026, 3), "test");
    monthlyRun.run(YearMonth.of(2026, 4), "test");
    assertThat(paid(person, YearMonth.of(2026, 3))).isEqualByComparingTo("910");
    assertThat(paid(person, YearMonth.of(2026, 4))).isEqualByComparingTo("610");

    as(
        approver,
        () -> {
          reviews.decide(
              openReview(id), Outcome.STOP, YearMonth.of(2026, 5), null, "收入超标", approver);
          return null;
        });
    monthlyRun.run(YearMonth.of(2026, 5), "test");
    assertThat(store.find(id).orElseThrow().state()).isEqualTo(CaseState.ENDED);
    assertThat(paid(person, YearMonth.of(2026, 5))).isNull();
  }
}
