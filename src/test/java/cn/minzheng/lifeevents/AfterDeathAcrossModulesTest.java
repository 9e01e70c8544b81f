package cn.minzheng.lifeevents;

import static cn.minzheng.assistance.AssistanceFixtures.as;
import static cn.minzheng.assistance.AssistanceFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.assistance.AssistanceFixtures;
import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseDecisions;
import cn.minzheng.assistance.cases.CaseState;
import cn.minzheng.assistance.cases.CaseStore;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.NewApplication;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.assistance.run.MonthlyRun;
import cn.minzheng.elderly.allowance.MonthlyAllowanceRun;
import cn.minzheng.elderly.homeservice.HomeServiceItem;
import cn.minzheng.elderly.homeservice.HomeServiceOrders;
import cn.minzheng.elderly.homeservice.HomeServiceProviders;
import cn.minzheng.marriage.MarriageFixtures;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.DeathReportRejectedException;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.PersonDied;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.registry.Relationship;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * 身后一件事 across the modules, in one place: a man of 84 with 低保 in a two-person household (incomes
 * 400 and 200, standard 910: 610 each, the survivor alone 910 - 200 = 710), the 高龄津贴 (band 80-89:
 * 70 yuan), an open marriage booking and a home-service order dies. Every consequence is checked
 * here, the event delivered twice changes nothing, a death on the first and on the last day of a
 * month still pays that month, and a withdrawn death restores every benefit with arrears.
 */
@SpringBootTest
@EnableScenarios
class AfterDeathAcrossModulesTest {

  static final String DISTRICT = "510104000000";
  static final java.time.Duration WAIT = java.time.Duration.ofSeconds(60);

  @Autowired RegistryFixtures registry;
  @Autowired PersonDirectory persons;
  @Autowired PersonCommands personCommands;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow workflow;
  @Autowired TownshipReview review;
  @Autowired CaseDecisions decisions;
  @Autowired CaseStore cases;
  @Autowired MonthlyRun assistanceRun;
  @Autowired MonthlyAllowanceRun allowanceRun;
  @Autowired BookingService bookings;
  @Autowired Offices offices;
  @Autowired HomeServiceProviders providers;
  @Autowired HomeServiceOrders orders;
  @Autowired JdbcClient jdbc;

  AssistanceFixtures fx;
  final StaffUser caseworker = AssistanceFixtures.caseworker();
  final StaffUser approver = AssistanceFixtures.approver();
  final StaffUser admin = AssistanceFixtures.staff(AssistanceFixtures.CITY, Role.CITY_ADMIN);

  @BeforeEach
  void fixtures() {
    fx = new AssistanceFixtures(registry, applications, workflow, review);
  }

  /** The family: the elder (head) and his son; the elder's fiancée outside the household. */
  record Family(
      long elder, long son, long fiancee, long caseId, long appointmentId, long orderId) {}

  /** Everything in place, benefits from {@code firstMonth}. */
  Family family(YearMonth firstMonth) {
    String elderId = MarriageFixtures.idNumber(LocalDate.of(1940, 3, 3), true);
    String sonId = AssistanceFixtures.idNumber(LocalDate.of(1975, 4, 4));
    long elder =
        registry.person(elderId, "身后测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    long son = registry.person(sonId, "身后测试子", RegistryTestData.COMMUNITY).id();
    long household =
        registry.household(RegistryTestData.COMMUNITY, "身后路1号", elder, LocalDate.of(2020, 1, 1));
    registry.addMember(household, son, Relationship.SON, LocalDate.of(2020, 1, 1));
    String fianceeId = MarriageFixtures.adult(false);
    long fiancee =
        registry
            .person(fianceeId, "身后测试伴", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED)
            .id();

    LocalDate publicity = firstMonth.minusMonths(1).atDay(8);
    NewApplication application =
        new NewApplication(
            AssistanceType.DIBAO,
            Category.SUPPORT,
            elderId,
            Map.of(elder, new BigDecimal("400"), son, new BigDecimal("200")),
            Map.of(),
            Set.of(),
            "SQ-" + household,
            firstMonth.minusMonths(1).atDay(1),
            null,
            null,
            null,
            null,
            List.of());
    long caseId = fx.inPublicity(application, "600", caseworker, publicity);
    run(approver, () -> decisions.confirm(caseId, approver, publicity.plusDays(7)));

    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, LocalDate.of(2034, 5, 20), 4);
    long appointment =
        bookings
            .book(new BookingRequest(slot, AppointmentType.MARRIAGE, elderId, fianceeId, null))
            .id();

    providers.enrol(persons.find(elder).orElseThrow(), "SOLITARY", firstMonth.atDay(1), "s");
    long provider = providers.addProvider("身后测试家政", RegistryTestData.STREET, "028-9");
    long order =
        orders.order(
            elder, provider, HomeServiceItem.CLEANING, ChinaTime.today().plusDays(3), false, "s");
    return new Family(elder, son, fiancee, caseId, appointment, order);
  }

  void runMonths(YearMonth... months) {
    for (YearMonth m : months) {
      assistanceRun.run(m, "test");
      allowanceRun.run(m);
    }
  }

  @Test
  void oneDeathOnTheLastDayOfAMonthStopsEverythingFromTheNextAndARedeliveryChangesNothing(
      Scenario scenario) {
    YearMonth feb = YearMonth.of(2024, 2);
    YearMonth mar = YearMonth.of(2024, 3);
    Family f = family(feb);
    runMonths(feb, mar);
    assertThat(paid(f.elder(), mar, "DIBAO")).isEqualByComparingTo("610");
    assertThat(paid(f.son(), mar, "DIBAO")).isEqualByComparingTo("610");
    assertThat(paid(f.elder(), mar, "GAOLING")).isEqualByComparingTo("70");

    LocalDate lastDay = LocalDate.of(2024, 2, 29); // leap year: the last day of February
    scenario
        .stimulate(() -> recordDeath(f.elder(), lastDay, "HEALTH_DEPARTMENT"))
        .andWaitAtMost(WAIT)
        .andWaitForStateChange(() -> settled(() -> paid(f.elder(), mar, "GAOLING") == null))
        .andVerify(done -> assertThat(done).isTrue());

    assertEveryConsequence(f, feb, mar);
    Snapshot before = snapshot(f);

    // the same event delivered again: nothing changes anywhere
    scenario
        .publish(new PersonDied(f.elder(), lastDay, RegistryTestData.COMMUNITY))
        .andWaitAtMost(WAIT)
        .andWaitForStateChange(() -> settled(() -> true))
        .andVerify(done -> assertThat(done).isTrue());
    assertEveryConsequence(f, feb, mar);
    assertThat(snapshot(f)).isEqualTo(before);
  }

  private void assertEveryConsequence(Family f, YearMonth monthOfDeath, YearMonth next) {
    // 低保: the month of death paid, the next not; the son alone 910 - 200 = 710
    assertThat(paid(f.elder(), monthOfDeath, "DIBAO")).isEqualByComparingTo("610");
    assertThat(paid(f.elder(), next, "DIBAO")).isNull();
    assertThat(paid(f.son(), next, "DIBAO")).isEqualByComparingTo("710");
    assertThat(cases.find(f.caseId()).orElseThrow().state()).isEqualTo(CaseState.CONFIRMED);
    // 高龄津贴: the month of death paid, the next not
    assertThat(paid(f.elder(), monthOfDeath, "GAOLING")).isEqualByComparingTo("70");
    assertThat(paid(f.elder(), next, "GAOLING")).isNull();
    // the marriage booking cancelled, the fiancée told why
    assertThat(appointmentStatus(f.appointmentId())).isEqualTo("CANCELLED");
    assertThat(messages(f.fiancee(), "婚姻登记预约已被登记处取消"))
        .singleElement()
        .satisfies(b -> assertThat(b).contains("当事人已去世"));
    // the home-service order cancelled, the son told
    assertThat(orderStatus(f.orderId())).isEqualTo("CANCELLED");
    assertThat(messages(f.son(), "居家上门服务订单已取消")).hasSize(1);
    // the family's checklist of the other departments' steps, all open, one message
    assertThat(checklistSteps(f.elder())).containsOnly("OPEN").hasSize(5);
    assertThat(messages(f.son(), "身后一件事：请查看需办理的事项")).hasSize(1);
    // the trail: the death and what it triggered in each module
    assertThat(trailModules(f.elder())).contains("人口和家庭库", "社会救助", "养老服务", "婚姻登记", "生活事件");
  }

  @Test
  void aDeathOnTheFirstDayOfAMonthStillPaysThatMonth(Scenario scenario) {
    YearMonth jun = YearMonth.of(2024, 6);
    YearMonth jul = YearMonth.of(2024, 7);
    YearMonth aug = YearMonth.of(2024, 8);
    Family f = family(jun);
    runMonths(jun, jul, aug);
    assertThat(paid(f.elder(), aug, "GAOLING")).isEqualByComparingTo("70");

    scenario
        .stimulate(() -> recordDeath(f.elder(), jul.atDay(1), "STAFF"))
        .andWaitAtMost(WAIT)
        .andWaitForStateChange(() -> settled(() -> paid(f.elder(), aug, "GAOLING") == null))
        .andVerify(done -> assertThat(done).isTrue());
    assertEveryConsequence(f, jul, aug);
  }

  @Test
  void aDeathReportedByTwoSourcesIsRecordedOnceAndConfirmedOnce(Scenario scenario) {
    YearMonth sep = YearMonth.of(2024, 9);
    Family f = family(sep);
    LocalDate day = LocalDate.of(2024, 9, 12);
    scenario
        .stimulate(() -> recordDeath(f.elder(), day, "HEALTH_DEPARTMENT"))
        .andWaitAtMost(WAIT)
        .andWaitForStateChange(() -> settled(() -> checklistSteps(f.elder()).size() == 5))
        .andVerify(done -> assertThat(done).isTrue());
    var second = recordDeath(f.elder(), day, "FUNERAL_HOME");
    var third = recordDeath(f.elder(), day, "FUNERAL_HOME");

    assertThat(second.newlyRecorded()).isFalse();
    assertThat(second.source()).isEqualTo("HEALTH_DEPARTMENT");
    assertThat(third.newlyRecorded()).isFalse();
    assertThat(count("select count(*) from registry.death_record where person_id = ?", f.elder()))
        .isOne();
    assertThat(
            count(
                "select count(*) from registry.death_confirmation where person_id = ?"
                    + " and source = 'FUNERAL_HOME'",
                f.elder()))
        .isOne();
    assertThat(settled(() -> true)).isTrue();
    assertThat(
            count(
                "select count(*) from lifeevents.trail_entry where person_id = ? and event = 'DEATH'"
                    + " and module = '人口和家庭库'",
                f.elder()))
        .isOne();
  }

  @Test
  void aWithdrawnDeathRestoresTheBenefitsWithArrearsForTheApprovedMonth(Scenario scenario) {
    YearMonth oct = YearMonth.of(2024, 10);
    YearMonth nov = YearMonth.of(2024, 11);
    Family f = family(oct);
    runMonths(oct, nov);
    approve("DIBAO", nov);
    approve("GAOLING", nov);

    scenario
        .stimulate(() -> recordDeath(f.elder(), LocalDate.of(2024, 10, 20), "COMMUNITY"))
        .andWaitAtMost(WAIT)
        .andWaitForStateChange(() -> settled(() -> adjustments(f.elder(), nov, "GAOLING") != null))
        .andVerify(done -> assertThat(done).isTrue());
    // November was approved: recovered, and the son's 100 more paid as arrears
    assertThat(adjustments(f.elder(), nov, "DIBAO")).isEqualByComparingTo("-610");
    assertThat(adjustments(f.son(), nov, "DIBAO")).isEqualByComparingTo("100");
    assertThat(adjustments(f.elder(), nov, "GAOLING")).isEqualByComparingTo("-70");

    // maker = checker is refused: the one who recorded it cannot withdraw it
    assertThatThrownBy(() -> as(admin, () -> withdraw(f.elder())))
        .isInstanceOf(DeathReportRejectedException.class);

    scenario
        .stimulate(() -> as(approver, () -> withdraw(f.elder())))
        .andWaitAtMost(WAIT)
        .andWaitForStateChange(
            () -> settled(() -> adjustments(f.elder(), nov, "GAOLING").signum() == 0))
        .andVerify(done -> assertThat(done).isTrue());
    assertThat(persons.find(f.elder()).orElseThrow().alive()).isTrue();
    // back to what November was approved with, through arrears and recoveries in a later roster
    assertThat(adjustments(f.elder(), nov, "DIBAO")).isEqualByComparingTo("0");
    assertThat(adjustments(f.son(), nov, "DIBAO")).isEqualByComparingTo("0");
    assertThat(adjustments(f.elder(), nov, "GAOLING")).isEqualByComparingTo("0");
    assertThat(
            count(
                "select count(*) from payments.adjustment where person_id = ? and for_month = ?"
                    + " and programme = 'DIBAO' and amount = 610",
                f.elder(),
                nov.atDay(1)))
        .isOne();
    assertThat(cases.find(f.caseId()).orElseThrow().state()).isEqualTo(CaseState.CONFIRMED);
    assertThat(checklistSteps(f.elder())).isEmpty();
    assertThat(trailEvents(f.elder())).contains("DEATH_WITHDRAWN");
  }

  private cn.minzheng.registry.DeathRecord recordDeath(long person, LocalDate day, String source) {
    return as(
        admin, () -> personCommands.recordDeath(person, new DeathReport(day, source, null, "测试")));
  }

  private Object withdraw(long person) {
    personCommands.withdrawDeath(person, "医院误报，本人健在");
    return null;
  }

  private void approve(String programme, YearMonth month) {
    jdbc.sql(
            """
            insert into payments.roster (programme, month, district_code, state, made_by_id,
                                         made_by, made_at, approved_by_id, approved_by, approved_at)
            values (?, ?, ?, 'APPROVED', 1, 'a', now(), 2, 'b', now())
            on conflict do nothing""")
        .params(programme, month.atDay(1), DISTRICT)
        .update();
  }

  /** Every event publication completed (no listener still working) and the state reached. */
  private boolean settled(BooleanSupplier state) {
    return count("select count(*) from event_publication where completion_date is null") == 0
        && state.getAsBoolean();
  }

  record Snapshot(
      long messages, long adjustments, long entitlements, long trail, long cancelled, long steps) {}

  private Snapshot snapshot(Family f) {
    return new Snapshot(
        count(
            "select count(*) from portal.citizen_message where person_id in (?, ?, ?)",
            f.elder(),
            f.son(),
            f.fiancee()),
        count(
            "select count(*) from payments.adjustment where person_id in (?, ?)",
            f.elder(),
            f.son()),
        count(
            "select count(*) from payments.entitlement where person_id in (?, ?)",
            f.elder(),
            f.son()),
        count("select count(*) from lifeevents.trail_entry where person_id = ?", f.elder()),
        count(
            "select count(*) from marriage.appointment where id = ? and status = 'CANCELLED'",
            f.appointmentId()),
        count("select count(*) from lifeevents.checklist_step where person_id = ?", f.elder()));
  }

  private BigDecimal paid(long person, YearMonth month, String programme) {
    return jdbc.sql(
            "select amount from payments.entitlement where person_id = ? and month = ?"
                + " and programme = ?")
        .params(person, month.atDay(1), programme)
        .query(BigDecimal.class)
        .optional()
        .orElse(null);
  }

  private BigDecimal adjustments(long person, YearMonth month, String programme) {
    return jdbc.sql(
            "select sum(amount) from payments.adjustment where person_id = ? and for_month = ?"
                + " and programme = ?")
        .params(person, month.atDay(1), programme)
        .query(BigDecimal.class)
        .optional()
        .orElse(null);
  }

  private String appointmentStatus(long id) {
    return jdbc.sql("select status from marriage.appointment where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  private String orderStatus(long id) {
    return jdbc.sql("select status from elderly.home_service_order where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  private List<String> messages(long person, String subject) {
    return jdbc.sql("select body from portal.citizen_message where person_id = ? and subject = ?")
        .params(person, subject)
        .query(String.class)
        .list();
  }

  private List<String> checklistSteps(long person) {
    return jdbc.sql("select status from lifeevents.checklist_step where person_id = ?")
        .param(person)
        .query(String.class)
        .list();
  }

  private List<String> trailModules(long person) {
    return jdbc.sql("select module from lifeevents.trail_entry where person_id = ?")
        .param(person)
        .query(String.class)
        .list();
  }

  private List<String> trailEvents(long person) {
    return jdbc.sql("select event from lifeevents.trail_entry where person_id = ?")
        .param(person)
        .query(String.class)
        .list();
  }

  private long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }
}
