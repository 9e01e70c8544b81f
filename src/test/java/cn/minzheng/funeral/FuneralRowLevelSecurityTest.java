package cn.minzheng.funeral;

import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.DISTRICT;
import static cn.minzheng.registry.RegistryTestData.SIBLING_DISTRICT_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_STREET_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.auth;
import static cn.minzheng.registry.RegistryTestData.staff;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.funeral.cases.OpenedVia;
import cn.minzheng.funeral.cases.ServiceRecords;
import cn.minzheng.funeral.cases.ServiceRecords.Row;
import cn.minzheng.funeral.cases.SubsidyCase;
import cn.minzheng.funeral.cases.SubsidyCases;
import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.funeral.config.FacilityKind;
import cn.minzheng.funeral.config.Ownership;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.database.RowScope;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.testing.RowLevelSecurityTestBase;
import cn.minzheng.testing.UnscopedQueryProbe.RowsInThreeRegions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second layer of data scope on the funeral subsidy cases (funeral V6): a query that forgot its
 * region filter returns no case of another street in a street caseworker's request; a funeral
 * home's records, uploaded by its district, still open the case of a deceased of another district,
 * and a death recorded in a street's request still opens the case of a person of another district.
 */
class FuneralRowLevelSecurityTest extends RowLevelSecurityTestBase {

  FuneralRowLevelSecurityTest() {
    super(-7_200_000);
  }

  @Autowired SubsidyCases cases;
  @Autowired ServiceRecords records;
  @Autowired Facilities facilities;
  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;

  private final List<Long> created = new ArrayList<>();

  @AfterAll
  void removeRows() {
    jdbc.sql("delete from funeral.subsidy_case where id = any(:ids)")
        .param("ids", created.toArray(Long[]::new))
        .update();
  }

  @Test
  void casesOfAnotherStreetStayOutOfAStreetCaseworkersUnscopedQuery() throws Exception {
    var rows =
        new RowsInThreeRegions(
            "funeral.subsidy_case",
            "id",
            subsidyCase(COMMUNITY),
            subsidyCase(SIBLING_STREET_COMMUNITY),
            subsidyCase(SIBLING_DISTRICT_COMMUNITY));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  @Test
  void aDistrictUploadingItsHomesRecordsOpensTheCaseOfADeceasedOfAnotherDistrict() {
    var deceased = registry.person("外区逝者", SIBLING_DISTRICT_COMMUNITY);
    long home =
        RegistryTestData.as(
            auth(CITY, Role.CITY_ADMIN),
            () ->
                facilities.add(
                    "行级殡仪馆" + System.nanoTime(),
                    FacilityKind.FUNERAL_HOME,
                    Ownership.PUBLIC,
                    DISTRICT,
                    "测试路9号",
                    "test"));

    RowScope.bind(dataScope.of(staff(DISTRICT, Role.DISTRICT_APPROVER)));
    var batch =
        RegistryTestData.as(
            auth(DISTRICT, Role.DISTRICT_APPROVER),
            () ->
                records.deliver(
                    home,
                    ServiceRecords.Source.UPLOAD,
                    "rls-" + System.nanoTime(),
                    List.of(
                        new Row(1, deceased.idNumber(), "遗体火化", "2026-11-05", "300", "2026-11-03")),
                    "district_test"));
    long seenInScope =
        jdbc.sql("select count(*) from funeral.subsidy_case where deceased_person_id = :p")
            .param("p", deceased.id())
            .query(Long.class)
            .single();
    RowScope.clear();

    assertThat(batch.errors()).isEmpty();
    assertThat(batch.accepted()).isOne();
    assertThat(seenInScope).as("the district's own row scope holds after the upload").isZero();
    SubsidyCase opened = cases.ofDeceased(deceased.id()).orElseThrow();
    assertThat(opened.regionCode()).isEqualTo(SIBLING_DISTRICT_COMMUNITY);
  }

  @Test
  void aDeathRecordedInAStreetsRequestOpensTheCaseOfAPersonOfAnotherDistrict() {
    var deceased = registry.person("外区登记死亡", SIBLING_DISTRICT_COMMUNITY);

    RowScope.bind(dataScope.of(staff(STREET, Role.COMMUNITY_WORKER)));
    RegistryTestData.as(
        auth(STREET, Role.COMMUNITY_WORKER),
        () ->
            personCommands.recordDeath(
                deceased.id(),
                new DeathReport(LocalDate.of(2026, 11, 20), "COMMUNITY", null, "测试")));
    RowScope.clear();

    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> cases.ofDeceased(deceased.id()).isPresent());
    SubsidyCase opened = cases.ofDeceased(deceased.id()).orElseThrow();
    assertThat(opened.regionCode()).isEqualTo(SIBLING_DISTRICT_COMMUNITY);
    assertThat(opened.dateOfDeath()).isEqualTo(LocalDate.of(2026, 11, 20));
  }

  @Test
  void aDistrictsApprovalSubmitsTheWholeCitysMonthNotOnlyItsOwnDistricts() {
    var elsewhere = registry.person("外区已批逝者", SIBLING_DISTRICT_COMMUNITY);
    var elsewherePayee = registry.person("外区已批家属", SIBLING_DISTRICT_COMMUNITY);
    var here = registry.person("本区待批逝者", COMMUNITY);
    var herePayee = registry.person("本区待批家属", COMMUNITY);
    long home =
        RegistryTestData.as(
            auth(CITY, Role.CITY_ADMIN),
            () ->
                facilities.add(
                    "行级月份殡仪馆" + System.nanoTime(),
                    FacilityKind.FUNERAL_HOME,
                    Ownership.PUBLIC,
                    DISTRICT,
                    "测试路9号",
                    "test"));
    long other = proposedCase(home, elsewhere, elsewherePayee);
    YearMonth month = cases.approve(other, "checker_other");
    long ours = proposedCase(home, here, herePayee);

    RowScope.bind(dataScope.of(staff(DISTRICT, Role.DISTRICT_APPROVER)));
    YearMonth ourMonth =
        RegistryTestData.as(
            auth(DISTRICT, Role.DISTRICT_APPROVER), () -> cases.approve(ours, "district_checker"));
    RowScope.clear();

    assertThat(ourMonth).isEqualTo(month);
    assertThat(funeralEntitlement(elsewherePayee.id(), month))
        .as("the other district's subsidy stays in the month")
        .containsExactly(cases.find(other).orElseThrow().amount());
    assertThat(funeralEntitlement(herePayee.id(), month))
        .containsExactly(cases.find(ours).orElseThrow().amount());
    assertThat(cases.find(other).orElseThrow().amount()).isEqualByComparingTo("300");
  }

  /** A death, a cremation record of 300 yuan (the resident's cap is 400), applied and proposed. */
  private long proposedCase(
      long home, RegistryFixtures.Person deceased, RegistryFixtures.Person payee) {
    RegistryTestData.as(
        auth(CITY, Role.CITY_ADMIN),
        () ->
            personCommands.recordDeath(
                deceased.id(), new DeathReport(LocalDate.of(2026, 11, 15), "STAFF", null, "测试")));
    records.deliver(
        home,
        ServiceRecords.Source.API,
        "rls-" + System.nanoTime(),
        List.of(new Row(1, deceased.idNumber(), "CREMATION", "2026-11-16", "300.00")),
        "test");
    long id =
        RegistryTestData.as(
            auth(CITY, Role.CITY_ADMIN),
            () ->
                cases.apply(
                    new SubsidyCases.Application(
                        deceased.idNumber(), payee.idNumber(), "成都农商银行", "6228480012345678"),
                    OpenedVia.COUNTER,
                    "city_counter",
                    code -> true));
    cases.propose(id, "maker");
    return id;
  }

  private List<BigDecimal> funeralEntitlement(long person, YearMonth month) {
    return jdbc.sql(
            """
            select amount from payments.entitlement_fact
             where person_id = ? and programme = 'FUNERAL' and month = ?""")
        .params(person, month.atDay(1))
        .query(BigDecimal.class)
        .list();
  }

  private long subsidyCase(String region) {
    long deceased = fakePerson();
    long id =
        jdbc.sql(
                """
                insert into funeral.subsidy_case (case_no, deceased_person_id, date_of_death,
                       region_code, beneficiary_group, opened_via, state)
                values (:no, :deceased, date '2026-11-01', :region, 'RESIDENT', 'COUNTER', 'OPEN')
                returning id""")
            .param("no", "RLS" + deceased)
            .param("deceased", deceased)
            .param("region", region)
            .query(Long.class)
            .single();
    created.add(id);
    return id;
  }
}
