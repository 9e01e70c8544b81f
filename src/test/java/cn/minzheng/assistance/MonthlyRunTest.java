package cn.minzheng.assistance;

import static cn.minzheng.assistance.AssistanceFixtures.as;
import static cn.minzheng.assistance.AssistanceFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.assistance.AssistanceFixtures.Household;
import cn.minzheng.assistance.StandardInForce.CareLevel;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseDecisions;
import cn.minzheng.assistance.cases.CaseState;
import cn.minzheng.assistance.cases.CaseStore;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.NewApplication;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.assistance.run.MonthlyRun;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.registry.DeathRecord;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

@SpringBootTest
@EnableScenarios
class MonthlyRunTest {

  @Autowired RegistryFixtures registry;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow workflow;
  @Autowired TownshipReview review;
  @Autowired CaseDecisions decisions;
  @Autowired CaseStore store;
  @Autowired MonthlyRun monthlyRun;
  @Autowired PersonCommands personCommands;
  @Autowired JdbcClient jdbc;
  @Autowired RegionQuery regions;

  static final String JIANYANG = "510185000000";

  AssistanceFixtures fx;
  StaffUser caseworker = AssistanceFixtures.caseworker();
  StaffUser approver = AssistanceFixtures.approver();

  @BeforeEach
  void fixtures() {
    fx = new AssistanceFixtures(registry, applications, workflow, review);
  }

  long confirmed(NewApplication a, String income, LocalDate publicityStart) {
    long id = fx.inPublicity(a, income, caseworker, publicityStart);
    run(approver, () -> decisions.confirm(id, approver, publicityStart.plusDays(7)));
    return id;
  }

  BigDecimal paid(long personId, YearMonth month, String programme) {
    return jdbc.sql(
            "select amount from payments.entitlement where person_id = ? and month = ?"
                + " and programme = ?")
        .params(personId, month.atDay(1), programme)
        .query(BigDecimal.class)
        .optional()
        .orElse(null);
  }

  @Test
  void paymentStartsTheMonthAfterConfirmationAndReRunsNeverDuplicate() {
    Household h = fx.household(2);
    confirmed(fx.dibao(h, Category.SUPPORT), "1000", LocalDate.of(2026, 5, 11)); // confirmed 05-18
    monthlyRun.run(YearMonth.of(2026, 5), "test");
    assertThat(paid(h.personIds().get(0), YearMonth.of(2026, 5), "DIBAO")).isNull();
    monthlyRun.run(YearMonth.of(2026, 6), "test");
    monthlyRun.run(YearMonth.of(2026, 6), "test");
    // per-capita 500: 910 - 500 = 410 for each of the two
    assertThat(paid(h.personIds().get(0), YearMonth.of(2026, 6), "DIBAO"))
        .isEqualByComparingTo("410");
    assertThat(paid(h.personIds().get(1), YearMonth.of(2026, 6), "DIBAO"))
        .isEqualByComparingTo("410");
    long rows =
        jdbc.sql("select count(*) from payments.entitlement where person_id = ? and month = ?")
            .params(h.personIds().get(0), LocalDate.of(2026, 6, 1))
            .query(Long.class)
            .single();
    assertThat(rows).isEqualTo(1);
  }

  /**
   * The day a standard changes: a one-person household with an income of 100, confirmed in November
   * 2022, paid in December 2022 and January 2023.
   */
  List<BigDecimal> paidAcrossTheChangeOf2023(
      String community, StaffUser caseworker, StaffUser approver) {
    Household h = fx.household(community, LocalDate.of(1970, 5, 5));
    long id =
        fx.inPublicity(fx.dibao(h, Category.BOTTOM), "100", caseworker, LocalDate.of(2022, 11, 7));
    run(approver, () -> decisions.confirm(id, approver, LocalDate.of(2022, 11, 14)));
    monthlyRun.run(YearMonth.of(2022, 12), "test");
    monthlyRun.run(YearMonth.of(2023, 1), "test");
    long person = h.personIds().get(0);
    return List.of(
        paid(person, YearMonth.of(2022, 12), "DIBAO"),
        paid(person, YearMonth.of(2023, 1), "DIBAO"));
  }

  @Test
  void theStandardOf2023AppliesFromJanuary2023() {
    assertThat(paidAcrossTheChangeOf2023(AssistanceFixtures.COMMUNITY, caseworker, approver))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("530"), new BigDecimal("810")); // 630 - 100, 910 - 100
  }

  @Test
  void anOuterCountyIsPaidFrom560InDecember2022AndFrom860InJanuary2023() {
    String street = regions.children(JIANYANG).get(0).code();
    String community = regions.children(street).get(0).code();
    assertThat(
            paidAcrossTheChangeOf2023(
                community,
                AssistanceFixtures.staff(street, Role.STREET_CASEWORKER),
                AssistanceFixtures.staff(JIANYANG, Role.DISTRICT_APPROVER)))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("460"), new BigDecimal("760")); // 560 - 100, 860 - 100
  }

  @Test
  void deathOnTheLastDayOfAMonthStopsFromTheNextMonthAndRecomputesTheOthers(Scenario scenario) {
    Household h = fx.household(2);
    long deceased = h.personIds().get(0);
    long survivor = h.personIds().get(1);
    NewApplication a = incomes400And200(h, deceased, survivor, LocalDate.of(2026, 6, 1));
    long caseId = confirmed(a, "600", LocalDate.of(2026, 6, 8)); // from July
    monthlyRun.run(YearMonth.of(2026, 7), "test");
    monthlyRun.run(YearMonth.of(2026, 8), "test");
    // per-capita 300: 610 each
    assertThat(paid(survivor, YearMonth.of(2026, 8), "DIBAO")).isEqualByComparingTo("610");

    deathReported(scenario, deceased, LocalDate.of(2026, 7, 31))
        .andWaitForStateChange(() -> deathRecorded(caseId, deceased))
        .andVerify(recorded -> assertThat(recorded).isTrue());
    // August was run before: the listener recomputed it
    assertThat(paid(deceased, YearMonth.of(2026, 7), "DIBAO")).isEqualByComparingTo("610");
    assertThat(paid(deceased, YearMonth.of(2026, 8), "DIBAO")).isNull();
    // the survivor alone: income 600 - 400 = 200, 910 - 200 = 710
    assertThat(paid(survivor, YearMonth.of(2026, 8), "DIBAO")).isEqualByComparingTo("710");
    assertThat(store.find(caseId).orElseThrow().reviewFlag()).contains("死亡");
    assertThat(store.find(caseId).orElseThrow().state()).isEqualTo(CaseState.CONFIRMED);
  }

  /** The listener's transition goes through the same table: CONFIRMED to ENDED. */
  @Test
  void theDeathOfTheOnlyMemberEndsAConfirmedCaseWithTheMonthOfDeath(Scenario scenario) {
    Household h = fx.household(1);
    long person = h.personIds().get(0);
    long caseId = confirmed(fx.dibao(h, Category.BOTTOM), "100", LocalDate.of(2026, 6, 8));

    deathReported(scenario, person, LocalDate.of(2026, 9, 10))
        .andWaitForStateChange(() -> store.find(caseId).orElseThrow().state() == CaseState.ENDED)
        .andVerify(ended -> assertThat(ended).isTrue());
    var ended = store.find(caseId).orElseThrow();
    assertThat(ended.state()).isEqualTo(CaseState.ENDED);
    assertThat(ended.endMonth()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(ended.reviewFlag()).contains("全部保障成员已死亡");
  }

  @Test
  void aDeathAfterTheRosterWasApprovedBecomesARecoveryAndArrearsInALaterMonth(Scenario scenario) {
    Household h = fx.household(2);
    long deceased = h.personIds().get(0);
    long survivor = h.personIds().get(1);
    NewApplication a = incomes400And200(h, deceased, survivor, LocalDate.of(2025, 2, 1));
    long caseId = confirmed(a, "600", LocalDate.of(2025, 2, 3)); // from March 2025
    monthlyRun.run(YearMonth.of(2025, 4), "test");
    assertThat(paid(deceased, YearMonth.of(2025, 4), "DIBAO")).isEqualByComparingTo("610");
    // April's roster approved: the month is locked
    jdbc.sql(
            """
            insert into payments.roster (programme, month, district_code, state, made_by_id,
                                         made_by, made_at, approved_by_id, approved_by, approved_at)
            values ('DIBAO', '2025-04-01', '510104000000', 'APPROVED', 1, 'a', now(), 2, 'b', now())
            on conflict do nothing""")
        .update();

    deathReported(scenario, deceased, LocalDate.of(2025, 3, 15))
        .andWaitForStateChange(() -> adjustment(deceased))
        .andVerify(recovery -> assertThat(recovery).isEqualByComparingTo("-610"));
    // the survivor alone from April: 910 - 200 = 710, i.e. 100 more than approved
    assertThat(adjustment(survivor)).isEqualByComparingTo("100");
    assertThat(store.find(caseId).orElseThrow().reviewFlag()).contains("死亡");
  }

  private BigDecimal adjustment(long person) {
    return jdbc
        .sql(
            "select amount from payments.adjustment where person_id = ? and programme = 'DIBAO'"
                + " and for_month = '2025-04-01'")
        .param(person)
        .query(BigDecimal.class)
        .list()
        .stream()
        .reduce(BigDecimal::add)
        .orElse(null);
  }

  /** The registry records a death (as the city administrator), which the case listens to. */
  private Scenario.When<DeathRecord> deathReported(Scenario scenario, long person, LocalDate day) {
    StaffUser admin = AssistanceFixtures.staff(AssistanceFixtures.CITY, Role.CITY_ADMIN);
    return scenario.stimulate(
        () ->
            as(
                admin,
                () ->
                    personCommands.recordDeath(person, new DeathReport(day, "STAFF", null, "测试"))));
  }

  /** The listener recorded the death on the case and recomputed August without the deceased. */
  private boolean deathRecorded(long caseId, long person) {
    long recorded =
        jdbc.sql(
                "select count(*) from assistance.case_event where case_id = ?"
                    + " and action = 'member-died'")
            .param(caseId)
            .query(Long.class)
            .single();
    return recorded > 0 && paid(person, YearMonth.of(2026, 8), "DIBAO") == null;
  }

  @Test
  void extremePovertyPaysBasicPlusCareAndTemporaryAssistanceOnceInTheNextMonth() {
    Household old = fx.household(AssistanceFixtures.COMMUNITY, LocalDate.of(1950, 9, 9));
    confirmed(fx.tekun(old, CareLevel.FULL), "0", LocalDate.of(2026, 8, 3)); // from September
    monthlyRun.run(YearMonth.of(2026, 9), "test");
    // 1.3 x 910 = 1183, + 600 全失能 (configured)
    assertThat(paid(old.personIds().get(0), YearMonth.of(2026, 9), "TEKUN"))
        .isEqualByComparingTo("1783");

    Household h = fx.household(1);
    long id = fx.investigated(fx.linshi(h, "1500"), "0", caseworker, LocalDate.of(2026, 8, 20));
    StaffUser reviewer = AssistanceFixtures.caseworker();
    run(reviewer, () -> review.review(id, reviewer, LocalDate.of(2026, 8, 20)));
    monthlyRun.run(YearMonth.of(2026, 9), "test");
    monthlyRun.run(YearMonth.of(2026, 10), "test");
    assertThat(paid(h.personIds().get(0), YearMonth.of(2026, 9), "LINSHI"))
        .isEqualByComparingTo("1500");
    assertThat(paid(h.personIds().get(0), YearMonth.of(2026, 10), "LINSHI")).isNull();
  }

  /** 低保 for a household of two with monthly incomes 400 and 200 (household income 600). */
  private static NewApplication incomes400And200(
      Household h, long first, long second, LocalDate appliedOn) {
    return new NewApplication(
        AssistanceType.DIBAO,
        Category.SUPPORT,
        h.applicantIdNumber(),
        Map.of(first, new BigDecimal("400"), second, new BigDecimal("200")),
        Map.of(),
        Set.of(),
        "SQ-" + h.id(),
        appliedOn,
        null,
        null,
        null,
        null,
        List.of());
  }
}
