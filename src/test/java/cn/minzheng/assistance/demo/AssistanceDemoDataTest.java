package cn.minzheng.assistance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.assistance.AssistanceFixtures;
import cn.minzheng.assistance.cases.CaseAction;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseState;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.PeriodicReviews;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.assistance.run.MonthlyRun;
import cn.minzheng.calendar.WorkingCalendar;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo runner (a bean only with minzheng.demo.enabled) run by hand, twice. */
@SpringBootTest
class AssistanceDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired RegionQuery regions;
  @Autowired MonthlyRun run;
  @Autowired PeriodicReviews reviews;
  @Autowired TransactionTemplate tx;
  @Autowired RegistryFixtures registry;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow workflow;
  @Autowired TownshipReview review;
  @Autowired WorkingCalendar workingDays;
  @Autowired DataScope dataScope;

  // The demo accounts that act on cases (docs/demo-accounts.md), with their roles and regions.
  private static final StaffUser STREET_WORKER =
      new StaffUser(-11, "street_worker", "刘洋", "510104001000", Set.of(Role.STREET_CASEWORKER));
  private static final StaffUser COMMUNITY_WORKER =
      new StaffUser(
          -12, "community_worker", "阿依古丽·买买提", "510104001001", Set.of(Role.COMMUNITY_WORKER));
  private static final StaffUser DISTRICT_APPROVER =
      new StaffUser(
          -13, "district_approver", "李秀英", "510104000000", Set.of(Role.DISTRICT_APPROVER));

  /**
   * Households without a case in the demo community (the walk takes its cases there; other tests'
   * households may already hold cases), then the demo, which runs once per database.
   */
  private AssistanceDemoData demo() {
    var fx = new AssistanceFixtures(registry, applications, workflow, review);
    for (int i = 0; i < 16; i++) {
      fx.household(2);
    }
    return new AssistanceDemoData(jdbc, regions, run, reviews, tx, workingDays);
  }

  @Test
  void createsConfirmedCasesWithSixMonthsOfEntitlementsOnceOnly() {
    AssistanceDemoData demo = demo();
    demo.run(null);
    long cases = demoCases();
    demo.run(null);

    assertThat(cases).isPositive();
    assertThat(demoCases()).isEqualTo(cases);
    YearMonth first = YearMonth.from(ChinaTime.today()).minusMonths(6);
    long paidMonths =
        jdbc.sql(
                """
                select count(distinct e.month) from payments.entitlement e
                  join assistance.assistance_case c on c.case_no = e.case_ref
                 where c.created_by = 'demo' and e.programme = 'DIBAO' and e.month >= ?""")
            .param(first.atDay(1))
            .query(Long.class)
            .single();
    assertThat(paidMonths).isEqualTo(7);
  }

  private record DemoCase(
      long id,
      CaseState state,
      String region,
      LocalDate appliedOn,
      LocalDate deadline,
      LocalDate publicityFrom,
      LocalDate publicityTo,
      Long proposedById) {}

  @Test
  void everyStepHasACaseForTheDemoAccountThatActsOnItAndEveryDeadlineFollowsItsApplication() {
    demo().run(null);
    LocalDate today = ChinaTime.today();
    List<DemoCase> cases =
        jdbc.sql(
                """
                select id, state, region_code, applied_on, deadline, publicity_from, publicity_to,
                       proposed_by_id
                  from assistance.assistance_case where created_by = 'demo'""")
            .query(
                (rs, n) ->
                    new DemoCase(
                        rs.getLong(1),
                        CaseState.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class),
                        (Long) rs.getObject(8)))
            .list();

    // the street office accepts, verifies and reviews; the community visits
    assertStep(cases, STREET_WORKER, CaseAction.ACCEPT, c -> true);
    assertStep(cases, STREET_WORKER, CaseAction.VERIFY, c -> c.state() == CaseState.ACCEPTED);
    assertStep(cases, COMMUNITY_WORKER, CaseAction.VISIT, c -> true);
    assertStep(cases, STREET_WORKER, CaseAction.TOWNSHIP_REVIEW, c -> true);
    assertStep(cases, STREET_WORKER, CaseAction.RESOLVE_OBJECTION, c -> true);
    // the county confirms a case whose 7 days of publicity are over, proposed by someone else,
    // and a 临时救助 the township passed on
    assertStep(
        cases,
        DISTRICT_APPROVER,
        CaseAction.CONFIRM,
        c ->
            c.state() == CaseState.PUBLICITY
                && c.publicityTo().isBefore(today)
                && c.publicityTo().equals(c.publicityFrom().plusDays(6))
                && !Long.valueOf(DISTRICT_APPROVER.id()).equals(c.proposedById()));
    assertStep(
        cases,
        DISTRICT_APPROVER,
        CaseAction.CONFIRM,
        c -> c.state() == CaseState.TOWNSHIP_APPROVED);
    assertStep(cases, DISTRICT_APPROVER, CaseAction.END, c -> true);
    // citizens see a publicity running today in the demo community, open to objections
    assertThat(cases)
        .anyMatch(
            c ->
                c.state() == CaseState.PUBLICITY
                    && c.region().equals("510104001001")
                    && !today.isBefore(c.publicityFrom())
                    && !today.isAfter(c.publicityTo()));
    // the street reviews a case whose periodic review falls due within its 30-day list
    List<String> due =
        AssistanceFixtures.as(
            STREET_WORKER,
            () ->
                reviews
                    .due(today.plusDays(30), new PageQuery(1, 100, "due_on", true))
                    .items()
                    .stream()
                    .map(r -> r.caseNo())
                    .toList());
    assertThat(due).anyMatch(no -> no.startsWith("JZDEMO"));

    // 30 working days are six weeks of working days: at least 40 calendar days after the
    // application (filed on a Sunday, the 30th is the Friday of the sixth week), never before it
    assertThat(cases)
        .allSatisfy(
            c ->
                assertThat(ChronoUnit.DAYS.between(c.appliedOn(), c.deadline()))
                    .as("deadline of case %d applied on %s", c.id(), c.appliedOn())
                    .isGreaterThanOrEqualTo(40));
    assertThat(cases)
        .allSatisfy(
            c ->
                assertThat(c.deadline()).isEqualTo(workingDays.plusWorkingDays(c.appliedOn(), 30)));
    // an open case is overdue only when it was filed more than 40 days ago
    assertThat(cases)
        .filteredOn(c -> c.state().open() && c.deadline().isBefore(today))
        .allSatisfy(c -> assertThat(c.appliedOn()).isBefore(today.minusDays(40)));
  }

  /** A demo case in the account's region subtree, in a state the action starts from. */
  private void assertStep(
      List<DemoCase> cases, StaffUser who, CaseAction action, Predicate<DemoCase> more) {
    action.requireRole(who);
    assertThat(cases)
        .as("%s: a case for %s", action.label(), who.username())
        .anyMatch(
            c ->
                dataScope.of(who).permits(c.region())
                    && action.allowedFrom(c.state())
                    && more.test(c));
  }

  private long demoCases() {
    return jdbc.sql("select count(*) from assistance.assistance_case where created_by = 'demo'")
        .query(Long.class)
        .single();
  }
}
