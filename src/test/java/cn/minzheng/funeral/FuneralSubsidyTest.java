package cn.minzheng.funeral;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.funeral.cases.CaseState;
import cn.minzheng.funeral.cases.OpenedVia;
import cn.minzheng.funeral.cases.ServiceRecords;
import cn.minzheng.funeral.cases.ServiceRecords.Row;
import cn.minzheng.funeral.cases.SubsidyCases;
import cn.minzheng.funeral.cases.SubsidyCases.Application;
import cn.minzheng.funeral.config.BeneficiaryGroup;
import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.funeral.config.FacilityKind;
import cn.minzheng.funeral.config.Ownership;
import cn.minzheng.funeral.config.ReliefRules;
import cn.minzheng.funeral.config.ServiceItem;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The subsidy case of §8 end to end: one case per death (the event twice, an application twice),
 * the group at the month's edges, service records delivered twice, the computation with the
 * configured caps, maker ≠ checker, and one payment per death, enforced by the database.
 */
@SpringBootTest
class FuneralSubsidyTest {

  static final String COMMUNITY = RegistryTestData.COMMUNITY;

  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired SubsidyCases cases;
  @Autowired ServiceRecords records;
  @Autowired Facilities facilities;
  @Autowired ReliefRules rules;
  @Autowired Entitlements entitlements;
  @Autowired JdbcClient jdbc;

  @Test
  void aRecordedDeathOpensOneCaseForTheFamilyAndTheEventTwiceChangesNothing() {
    Person p = registry.person("殡测甲", COMMUNITY);
    die(p, LocalDate.of(2026, 11, 30));
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> cases.ofDeceased(p.id()).isPresent());
    var c = cases.ofDeceased(p.id()).orElseThrow();
    assertThat(c.openedVia()).isEqualTo(OpenedVia.DEATH);
    assertThat(c.state()).isEqualTo(CaseState.OPEN);
    assertThat(c.caseNo()).isEqualTo("BZ202611-" + p.id());

    long again = cases.open(p.id(), LocalDate.of(2026, 11, 30), COMMUNITY, OpenedVia.DEATH);

    assertThat(again).isEqualTo(c.id());
    assertThat(casesOf(p)).isEqualTo(1);
  }

  @Test
  void theGroupIsTekunWhenPaidInTheMonthOfDeathOrTheMonthBeforeAtTheMonthsEdges() {
    Person lastDay = registry.person("殡测月末", COMMUNITY);
    Person firstDay = registry.person("殡测月初", COMMUNITY);
    // 特困 paid for October 2001 only (a month no other test uses)
    entitlements.replaceMonthFrom(
        Programme.TEKUN,
        YearMonth.of(2001, 10),
        """
        select unnest(array[?::bigint, ?::bigint]) as person_id, 1170.00::numeric(12, 2),
               '{"rule":"test"}', ?::text, null::text""",
        lastDay.id(),
        firstDay.id(),
        COMMUNITY);

    // died on 30 November: October is the month before → 特困
    long a = cases.open(lastDay.id(), LocalDate.of(2001, 11, 30), COMMUNITY, OpenedVia.DEATH);
    // died on 1 December: neither December nor November was paid → a resident
    long b = cases.open(firstDay.id(), LocalDate.of(2001, 12, 1), COMMUNITY, OpenedVia.DEATH);

    assertThat(cases.find(a).orElseThrow().beneficiaryGroup()).isEqualTo(BeneficiaryGroup.TEKUN);
    assertThat(cases.find(b).orElseThrow().beneficiaryGroup()).isEqualTo(BeneficiaryGroup.RESIDENT);
  }

  @Test
  void theRulesInForceOnTheDayOfDeathApplyFromTheFirstDayOfTheirMonth() {
    // versions only this test uses: 无名遗体 transport 555 from January 2004, 777 from March 2004
    jdbc.sql(
            """
            insert into funeral.basic_relief (beneficiary_group, item, valid_from, cap, created_by)
            values ('UNIDENTIFIED', 'TRANSPORT', date '2004-01-01', 555.00, 'test'),
                   ('UNIDENTIFIED', 'TRANSPORT', date '2004-03-01', 777.00, 'test')
            on conflict do nothing""")
        .update();

    assertThat(rules.capsOn(BeneficiaryGroup.UNIDENTIFIED, LocalDate.of(2004, 2, 29)))
        .containsEntry(ServiceItem.TRANSPORT, new BigDecimal("555.00"));
    assertThat(rules.capsOn(BeneficiaryGroup.UNIDENTIFIED, LocalDate.of(2004, 3, 1)))
        .containsEntry(ServiceItem.TRANSPORT, new BigDecimal("777.00"));
  }

  @Test
  void aChangeOfTheAmountsCannotRewriteAMonthAlreadyPast() {
    YearMonth last = YearMonth.from(ChinaTime.today()).minusMonths(1);
    assertThatThrownBy(
            () ->
                rules.setRelief(
                    BeneficiaryGroup.DIBAO,
                    ServiceItem.CREMATION,
                    last,
                    new BigDecimal("1.00"),
                    "test"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("不能早于本月");
  }

  @Test
  void aSecondApplicationForTheSameDeathIsRefusedNamingTheFirst() {
    Person deceased = registry.person("殡测乙", COMMUNITY);
    Person son = registry.person("殡测乙子", COMMUNITY);
    Person daughter = registry.person("殡测乙女", COMMUNITY);
    die(deceased, LocalDate.of(2026, 11, 1));

    long id = apply(deceased, son);
    var c = cases.find(id).orElseThrow();
    assertThat(c.state()).isEqualTo(CaseState.APPLIED);
    assertThat(c.applicantName()).isEqualTo("殡测乙子");

    assertThatThrownBy(() -> apply(deceased, daughter))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("殡测乙子")
        .hasMessageContaining(c.caseNo())
        .hasMessageContaining("不能重复申请");
    assertThat(casesOf(deceased)).isEqualTo(1);
    assertThat(cases.find(id).orElseThrow().applicantName()).isEqualTo("殡测乙子");
  }

  @Test
  void anApplicationForALivingPersonIsRefused() {
    Person alive = registry.person("殡测在世", COMMUNITY);
    Person son = registry.person("殡测在世子", COMMUNITY);
    assertThatThrownBy(() -> apply(alive, son))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("尚未登记此人死亡");
    assertThat(casesOf(alive)).isZero();
  }

  @Test
  void theSameDeliveryTwiceIsOneBatchWithOneRecord() {
    Person deceased = registry.person("殡测丙", COMMUNITY);
    die(deceased, LocalDate.of(2026, 10, 31));
    long home = home("殡测丙殡仪馆");
    List<Row> rows =
        List.of(
            new Row(2, deceased.idNumber(), "遗体火化", "2026-11-02", "300"),
            new Row(3, deceased.idNumber(), "TRANSPORT", "2026-11-01", "800.00"),
            new Row(4, deceased.idNumber(), "唱歌", "2026-11-02", "10"));

    var first = records.deliver(home, ServiceRecords.Source.API, "key-1", rows, "test");
    var second = records.deliver(home, ServiceRecords.Source.API, "key-1", rows, "test");
    // another key with the same records still stores each service once
    var third = records.deliver(home, ServiceRecords.Source.UPLOAD, "sha256:x", rows, "test");

    assertThat(first.repeated()).isFalse();
    assertThat(first.accepted()).isEqualTo(2);
    assertThat(first.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(4));
    assertThat(second.repeated()).isTrue();
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.errors()).hasSize(1);
    assertThat(third.repeated()).isFalse();
    long caseId = cases.ofDeceased(deceased.id()).orElseThrow().id();
    assertThat(cases.records(caseId)).hasSize(2);
    assertThat(casesOf(deceased)).isEqualTo(1);
  }

  @Test
  void theSubsidyIsComputedFromRecordsAndCapsApprovedByASecondPersonAndPaidOnce() {
    Person deceased = registry.person("殡测丁", COMMUNITY);
    Person payee = registry.person("殡测丁女", COMMUNITY);
    die(deceased, LocalDate.of(2026, 11, 15));
    long home = home("殡测丁殡仪馆");
    records.deliver(
        home,
        ServiceRecords.Source.API,
        "d-1",
        List.of(
            new Row(1, deceased.idNumber(), "TRANSPORT", "2026-11-15", "800.00"),
            new Row(2, deceased.idNumber(), "CREMATION", "2026-11-16", "300.00"),
            new Row(3, deceased.idNumber(), "OTHER", "2026-11-16", "1000.00"),
            new Row(4, deceased.idNumber(), "TREE_BURIAL", "2026-11-20", "500.00")),
        "test");
    long id = apply(deceased, payee);

    var result = cases.propose(id, "maker");

    // a resident (migration's unconfirmed amounts): transport capped at 200, cremation 300 as
    // charged (cap 400), other services nothing, tree burial its fixed 2,000
    assertThat(result.total()).isEqualByComparingTo("2500.00");
    assertThatThrownBy(() -> cases.approve(id, "maker"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("审核人不能是核算人");

    YearMonth paid = cases.approve(id, "checker");

    assertThat(paid).isEqualTo(YearMonth.from(ChinaTime.today()).plusMonths(1));
    var entitlement =
        jdbc.sql(
                """
                select amount from payments.entitlement_fact
                 where person_id = ? and programme = 'FUNERAL' and month = ?""")
            .params(payee.id(), paid.atDay(1))
            .query(BigDecimal.class)
            .list();
    assertThat(entitlement)
        .singleElement()
        .satisfies(a -> assertThat(a).isEqualByComparingTo("2500"));
    assertThatThrownBy(() -> cases.approve(id, "checker2")).isInstanceOf(InvalidInput.class);
    // the database itself refuses a second payment for the same death
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        """
                        insert into funeral.subsidy_payment (case_id, deceased_person_id,
                               payee_person_id, pay_month, amount, region_code, case_no)
                        select id, deceased_person_id, ?, date '2030-01-01', 1, region_code, case_no
                          from funeral.subsidy_case where id = ?""")
                    .params(payee.id(), id)
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class);
    // and the records of an approved case are not taken any more
    var late =
        records.deliver(
            home,
            ServiceRecords.Source.API,
            "d-2",
            List.of(new Row(1, deceased.idNumber(), "ASHES_STORAGE", "2026-11-21", "100")),
            "test");
    assertThat(late.accepted()).isZero();
  }

  @Test
  void aCaseWithoutRecordsCannotBeProposed() {
    Person deceased = registry.person("殡测戊", COMMUNITY);
    Person payee = registry.person("殡测戊子", COMMUNITY);
    die(deceased, LocalDate.of(2026, 11, 2));
    long id = apply(deceased, payee);
    assertThatThrownBy(() -> cases.propose(id, "maker"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("没有可补贴");
  }

  private long apply(Person deceased, Person applicant) {
    return RegistryTestData.as(
        auth(RegistryTestData.STREET, Role.STREET_CASEWORKER),
        () ->
            cases.apply(
                new Application(
                    deceased.idNumber(), applicant.idNumber(), "成都农商银行", "6228480012345678"),
                OpenedVia.COUNTER,
                "ustreet_caseworker",
                code -> true));
  }

  private void die(Person p, LocalDate on) {
    RegistryTestData.as(
        auth(RegistryTestData.CITY, Role.CITY_ADMIN),
        () -> personCommands.recordDeath(p.id(), new DeathReport(on, "STAFF", null, "殡葬测试")));
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

  private long casesOf(Person p) {
    return jdbc.sql("select count(*) from funeral.subsidy_case where deceased_person_id = ?")
        .param(p.id())
        .query(Long.class)
        .single();
  }
}
