package cn.minzheng.funeral;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.funeral.cases.CaseState;
import cn.minzheng.funeral.cases.OpenedVia;
import cn.minzheng.funeral.cases.ServiceRecords;
import cn.minzheng.funeral.cases.ServiceRecords.Row;
import cn.minzheng.funeral.cases.SubsidyCases;
import cn.minzheng.funeral.cases.SubsidyCases.Application;
import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.funeral.config.FacilityKind;
import cn.minzheng.funeral.config.Ownership;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.DeathRecord;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.DeathWithdrawn;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * §8 身后一件事 on the funeral side: a cremation record is a report of the death (source FUNERAL_HOME) —
 * the first report records it, a later one confirms it, in both orders; a death withdrawn as
 * recorded in error withdraws the subsidy case it opened, or flags it for recovery when the subsidy
 * was paid; the withdrawal delivered twice changes nothing; a later real death reopens the case.
 */
@SpringBootTest
class FuneralDeathReportsTest {

  static final String COMMUNITY = RegistryTestData.COMMUNITY;

  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired PersonDirectory persons;
  @Autowired SubsidyCases cases;
  @Autowired ServiceRecords records;
  @Autowired Facilities facilities;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate tx;

  @Test
  void aCremationRecordFirstRecordsTheDeathAndTheHealthDepartmentThenConfirmsIt() {
    Person p = registry.person("火化先报", COMMUNITY);
    long home = home("火化先报殡仪馆");

    var batch =
        deliver(home, "c-1", new Row(1, p.idNumber(), "遗体火化", "2026-11-05", "300", "2026-11-03"));

    assertThat(batch.errors()).isEmpty();
    assertThat(batch.accepted()).isOne();
    assertThat(persons.find(p.id()).orElseThrow().dateOfDeath())
        .isEqualTo(LocalDate.of(2026, 11, 3));
    assertThat(deathSource(p)).isEqualTo("FUNERAL_HOME");
    settle(() -> trail(p).contains("DEATH 殡葬管理"));
    var c = cases.ofDeceased(p.id()).orElseThrow();
    assertThat(c.openedVia()).isEqualTo(OpenedVia.SERVICE_RECORD);
    assertThat(cases.records(c.id())).hasSize(1);

    DeathRecord later = report(p, LocalDate.of(2026, 11, 3), "HEALTH_DEPARTMENT");

    assertThat(later.newlyRecorded()).isFalse();
    assertThat(later.source()).isEqualTo("FUNERAL_HOME");
    assertThat(count("select count(*) from registry.death_record where person_id = ?", p.id()))
        .isOne();
    assertThat(confirmations(p)).containsExactly("HEALTH_DEPARTMENT");
    assertThat(
            count("select count(*) from funeral.subsidy_case where deceased_person_id = ?", p.id()))
        .isOne();
  }

  @Test
  void aCremationRecordAfterTheHealthDepartmentsReportConfirmsItWithoutADateOfDeath() {
    Person p = registry.person("卫健先报", COMMUNITY);
    report(p, LocalDate.of(2026, 11, 30), "HEALTH_DEPARTMENT");
    long home = home("卫健先报殡仪馆");

    var batch = deliver(home, "c-2", new Row(1, p.idNumber(), "CREMATION", "2026-12-01", "300"));

    assertThat(batch.errors()).isEmpty();
    assertThat(deathSource(p)).isEqualTo("HEALTH_DEPARTMENT");
    assertThat(confirmations(p)).containsExactly("FUNERAL_HOME");
    assertThat(count("select count(*) from registry.death_record where person_id = ?", p.id()))
        .isOne();
    assertThat(persons.find(p.id()).orElseThrow().dateOfDeath())
        .isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void aCremationRecordOfALivingPersonWithoutADateOfDeathIsRefusedAndRecordsNothing() {
    Person p = registry.person("火化缺日期", COMMUNITY);
    long home = home("火化缺日期殡仪馆");

    var batch =
        deliver(
            home,
            "c-3",
            new Row(1, p.idNumber(), "CREMATION", "2026-11-05", "300"),
            new Row(2, p.idNumber(), "CREMATION", "2026-11-05", "300", "2099-01-01"),
            new Row(3, p.idNumber(), "TRANSPORT", "2026-11-05", "300", "2026-11-03"));

    assertThat(batch.accepted()).isZero();
    assertThat(batch.errors())
        .extracting(ServiceRecords.RowError::message)
        .containsExactly(
            "死亡日期：人口库中尚未登记此人死亡，火化记录须填写死亡日期",
            "死亡日期：日期不能晚于今天（" + ChinaTime.today() + "）",
            "身份证号：人口库中尚未登记此人死亡");
    assertThat(persons.find(p.id()).orElseThrow().alive()).isTrue();
  }

  @Test
  void aWithdrawnDeathWithdrawsTheOpenCaseOnceAndARealDeathLaterReopensIt() {
    Person p = registry.person("误报殡葬", COMMUNITY);
    report(p, LocalDate.of(2026, 11, 1), "COMMUNITY");
    settle(() -> cases.ofDeceased(p.id()).isPresent());

    withdraw(p);
    settle(() -> cases.ofDeceased(p.id()).orElseThrow().state() == CaseState.WITHDRAWN);
    var c = cases.ofDeceased(p.id()).orElseThrow();
    assertThat(c.withdrawnReason()).isEqualTo("死亡登记已撤销：医院误报，本人健在");
    assertThat(c.recoveryDue()).isFalse();

    redeliver(p, LocalDate.of(2026, 11, 1));
    assertThat(cases.ofDeceased(p.id()).orElseThrow().state()).isEqualTo(CaseState.WITHDRAWN);
    assertThat(trail(p)).containsExactlyInAnyOrder("DEATH 殡葬管理", "DEATH_WITHDRAWN 殡葬管理");

    report(p, LocalDate.of(2026, 12, 2), "HEALTH_DEPARTMENT");
    settle(() -> cases.ofDeceased(p.id()).orElseThrow().state() == CaseState.OPEN);
    var reopened = cases.ofDeceased(p.id()).orElseThrow();
    assertThat(reopened.id()).isEqualTo(c.id());
    assertThat(reopened.dateOfDeath()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(reopened.caseNo()).isEqualTo("BZ202612-" + p.id());
    assertThat(reopened.withdrawnReason()).isNull();
  }

  @Test
  void aWithdrawnDeathWhoseSubsidyWasPaidFlagsTheCaseForRecoveryAndTellsTheFamilyOnce() {
    Person p = registry.person("误报已发", COMMUNITY);
    Person son = registry.person("误报已发子", COMMUNITY);
    report(p, LocalDate.of(2026, 11, 10), "COMMUNITY");
    long home = home("误报已发殡仪馆");
    deliver(home, "c-5", new Row(1, p.idNumber(), "CREMATION", "2026-11-12", "300"));
    long id =
        RegistryTestData.as(
            auth(RegistryTestData.STREET, Role.STREET_CASEWORKER),
            () ->
                cases.apply(
                    new Application(p.idNumber(), son.idNumber(), "成都农商银行", "6228480012345678"),
                    OpenedVia.COUNTER,
                    "ustreet_caseworker",
                    code -> true));
    cases.propose(id, "maker");
    cases.approve(id, "checker");

    withdraw(p);
    settle(() -> cases.find(id).orElseThrow().recoveryDue());
    redeliver(p, LocalDate.of(2026, 11, 10));

    var c = cases.find(id).orElseThrow();
    assertThat(c.state()).isEqualTo(CaseState.APPROVED);
    assertThat(c.withdrawnReason()).isEqualTo("死亡登记已撤销：医院误报，本人健在");
    assertThat(
            count(
                "select count(*) from portal.citizen_message where person_id = ? and subject = ?",
                son.id(),
                "惠民殡葬补贴：死亡登记已撤销"))
        .isOne();
    assertThat(trail(p)).contains("DEATH_WITHDRAWN 殡葬管理").hasSize(2);
  }

  private ServiceRecords.Batch deliver(long home, String key, Row... rows) {
    return RegistryTestData.as(
        auth(RegistryTestData.CITY, Role.CITY_ADMIN),
        () ->
            records.deliver(
                home, ServiceRecords.Source.API, key + System.nanoTime(), List.of(rows), "test"));
  }

  private DeathRecord report(Person p, LocalDate on, String source) {
    return RegistryTestData.as(
        auth(COMMUNITY, Role.COMMUNITY_WORKER),
        () -> personCommands.recordDeath(p.id(), new DeathReport(on, source, null, "殡葬测试")));
  }

  private void withdraw(Person p) {
    RegistryTestData.as(
        auth("510104000000", Role.DISTRICT_APPROVER),
        () -> {
          personCommands.withdrawDeath(p.id(), "医院误报，本人健在");
          return null;
        });
  }

  private void redeliver(Person p, LocalDate day) {
    tx.executeWithoutResult(
        s -> events.publishEvent(new DeathWithdrawn(p.id(), day, COMMUNITY, "医院误报，本人健在")));
    settle(() -> true);
  }

  /** Every funeral listener done and the state reached. */
  private void settle(BooleanSupplier state) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                count(
                            "select count(*) from event_publication where completion_date is null"
                                + " and listener_id like '%funeral%'")
                        == 0
                    && state.getAsBoolean());
  }

  private String deathSource(Person p) {
    return jdbc.sql("select source from registry.death_record where person_id = ?")
        .param(p.id())
        .query(String.class)
        .single();
  }

  private List<String> confirmations(Person p) {
    return jdbc.sql("select source from registry.death_confirmation where person_id = ?")
        .param(p.id())
        .query(String.class)
        .list();
  }

  private List<String> trail(Person p) {
    return jdbc.sql(
            "select event || ' ' || module from lifeevents.trail_entry where person_id = ?"
                + " and module = '殡葬管理'")
        .param(p.id())
        .query(String.class)
        .list();
  }

  private long home(String name) {
    return RegistryTestData.as(
        auth(RegistryTestData.CITY, Role.CITY_ADMIN),
        () ->
            facilities.add(
                name + System.nanoTime(),
                FacilityKind.FUNERAL_HOME,
                Ownership.PUBLIC,
                "510104000000",
                "测试路9号",
                "test"));
  }

  private long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }
}
