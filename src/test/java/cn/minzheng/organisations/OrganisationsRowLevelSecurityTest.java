package cn.minzheng.organisations;

import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.DISTRICT;
import static cn.minzheng.registry.RegistryTestData.SIBLING_DISTRICT_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_STREET_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.auth;
import static cn.minzheng.registry.RegistryTestData.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.organisations.projects.GrantPayees;
import cn.minzheng.organisations.projects.GrantPayments;
import cn.minzheng.organisations.projects.ProjectApplication.Proposal;
import cn.minzheng.organisations.projects.ProjectCall.Opening;
import cn.minzheng.organisations.projects.ProjectCategory;
import cn.minzheng.organisations.projects.SpecialFundProjects;
import cn.minzheng.organisations.register.Facts;
import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.organisations.register.OrganisationQueries;
import cn.minzheng.organisations.register.Organisations;
import cn.minzheng.payments.PayeeAccounts;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.database.RowScope;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.testing.RowLevelSecurityTestBase;
import cn.minzheng.testing.UnscopedQueryProbe.RowsInThreeRegions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second layer of data scope on the organisations' registration applications, annual reports
 * and zombie candidates (organisations V6): a query that forgot its region filter returns no
 * application or report of another street in a street caseworker's request; an organisation moved
 * to another district by a district's change takes its pending application along; a special-fund
 * application in a street's request counts an annual report filed before the organisation moved,
 * and a pay month submitted in a street's request stays the whole city's.
 */
class OrganisationsRowLevelSecurityTest extends RowLevelSecurityTestBase {

  @Autowired Organisations organisations;
  @Autowired OrganisationTestData data;
  @Autowired SpecialFundProjects projects;
  @Autowired GrantPayments grants;
  @Autowired GrantPayees payees;
  @Autowired PayeeAccounts accounts;
  @Autowired OrganisationQueries queries;

  OrganisationsRowLevelSecurityTest() {
    super(-7_900_000, "organisations.organisation id");
  }

  @Test
  void applicationsOfAnotherStreetStayOutOfAStreetCaseworkersUnscopedQuery() throws Exception {
    var rows =
        new RowsInThreeRegions(
            "organisations.application",
            "id",
            application(null, COMMUNITY),
            application(null, SIBLING_STREET_COMMUNITY),
            application(null, SIBLING_DISTRICT_COMMUNITY));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  @Test
  void annualReportsOfAnotherStreetStayOutOfAStreetCaseworkersUnscopedQuery() throws Exception {
    var rows =
        new RowsInThreeRegions(
            "organisations.annual_report",
            "id",
            annualReport(organisation(COMMUNITY), COMMUNITY),
            annualReport(organisation(SIBLING_STREET_COMMUNITY), SIBLING_STREET_COMMUNITY),
            annualReport(organisation(SIBLING_DISTRICT_COMMUNITY), SIBLING_DISTRICT_COMMUNITY));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  @Test
  void anOrganisationMovedToAnotherDistrictTakesItsPendingApplicationAlong() {
    long organisation = organisation(COMMUNITY);
    long pending = application(organisation, COMMUNITY);
    // the new legal representative lives in the other district: registered before the scope binds
    Facts moved = data.facts("行级迁出测试会", SIBLING_DISTRICT_COMMUNITY);

    RowScope.bind(dataScope.of(staff(DISTRICT, Role.DISTRICT_APPROVER)));
    RegistryTestData.as(
        auth(DISTRICT, Role.DISTRICT_APPROVER),
        () ->
            organisations.change(
                organisation, moved, LocalDate.of(2026, 11, 2), "迁往其他区", "district_test"));
    assertThat(
            jdbc.sql("select count(*) from organisations.application where id = :id")
                .param("id", pending)
                .query(Long.class)
                .single())
        .as("the district's row scope holds again: the application left it")
        .isZero();
    RowScope.clear();

    assertThat(
            jdbc.sql("select region_code from organisations.application where id = :id")
                .param("id", pending)
                .query(String.class)
                .single())
        .isEqualTo(SIBLING_DISTRICT_COMMUNITY);
  }

  @Test
  void anApplicationInAStreetsRequestCountsAReportFiledBeforeTheOrganisationMoved() {
    long call = call("行级资格批次", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30));
    LocalDate day = LocalDate.of(2026, 11, 2);
    // the 2025 report was due to the registration authority by 31 May 2026, filed in the former
    // district
    Organisation moved = socialGroup("行级资格迁入协会");
    annualReport(moved.id(), SIBLING_DISTRICT_COMMUNITY);
    Organisation unfiled = socialGroup("行级资格未报协会");

    RowScope.bind(dataScope.of(staff(STREET, Role.STREET_CASEWORKER)));
    long applied = projects.apply(call, moved, proposal(), day, "rls-test");
    assertThatThrownBy(() -> projects.apply(call, unfiled, proposal(), day, "rls-test"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("未报送2025年度报告");
    long reportsVisible =
        jdbc.sql("select count(*) from organisations.annual_report where organisation_id = :id")
            .param("id", moved.id())
            .query(Long.class)
            .single();
    RowScope.clear();

    assertThat(projects.find(applied).orElseThrow().status()).isEqualTo("SUBMITTED");
    assertThat(reportsVisible).as("the street's row scope holds again after the check").isZero();
  }

  @Test
  void aPayMonthSubmittedInAStreetsRequestKeepsTheGrantsOfEveryDistrict() {
    long call = call("行级拨付批次", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 29));
    Organisation here = payable("行级拨付本街协会", COMMUNITY);
    Organisation elsewhere = payable("行级拨付他区协会", SIBLING_DISTRICT_COMMUNITY);
    LocalDate day = LocalDate.of(2027, 2, 10);
    approved(call, here, "12000.00", day);
    approved(call, elsewhere, "8000.50", day);

    RowScope.bind(dataScope.of(staff(STREET, Role.STREET_CASEWORKER)));
    YearMonth submitted = grants.submit(YearMonth.of(2027, 2));
    RowScope.clear();

    assertThat(submitted).isEqualTo(YearMonth.of(2027, 2));
    assertThat(specialFund(payeeOf(here))).singleElement().isEqualTo(new BigDecimal("12000.00"));
    assertThat(specialFund(payeeOf(elsewhere)))
        .as("the other district's grant is not removed from the month")
        .singleElement()
        .isEqualTo(new BigDecimal("8000.50"));
  }

  private long call(String title, LocalDate opens, LocalDate closes) {
    return projects.openCall(
        new Opening(
            opens.getYear(),
            title + fakePerson(),
            new BigDecimal("100000"),
            List.of(ProjectCategory.ELDERLY),
            opens,
            closes,
            "项目设计50分、社会效益50分",
            3,
            new BigDecimal("60")),
        "rls-test");
  }

  private static Proposal proposal() {
    return new Proposal("行级测试助餐", ProjectCategory.ELDERLY, new BigDecimal("20000"), "为辖区老人助餐");
  }

  /** A social group of the street registered in 2020 (its reports of 2020 on are due). */
  private Organisation socialGroup(String name) {
    long id = data.socialGroup(name + fakePerson(), COMMUNITY, LocalDate.of(2020, 4, 1));
    return queries.find(id).orElseThrow();
  }

  /** A social group in {@code region} with its 2025 report filed there and its bank account. */
  private Organisation payable(String name, String region) {
    long id = data.socialGroup(name + fakePerson(), region, LocalDate.of(2020, 4, 1));
    annualReport(id, region);
    Organisation o = queries.find(id).orElseThrow();
    payees.registerAccount(o, "中国工商银行成都分行", "4402 0000 1111 " + (1000 + id % 9000));
    return o;
  }

  private void approved(long call, Organisation o, String amount, LocalDate day) {
    long id = projects.apply(call, o, proposal(), LocalDate.of(2027, 1, 5), "o");
    for (int i = 0; i < 3; i++) {
      projects.score(id, "reviewer" + i, new BigDecimal("80"), null, LocalDate.of(2027, 1, 20));
    }
    projects.approve(id, new BigDecimal(amount), null, day, "rls-test");
  }

  private long payeeOf(Organisation o) {
    return accounts.organisation(o.creditCode(), o.name());
  }

  private List<BigDecimal> specialFund(long person) {
    return jdbc.sql(
            "select amount from payments.entitlement_fact"
                + " where programme = 'SPECIAL_FUND' and person_id = :person")
        .param("person", person)
        .query(BigDecimal.class)
        .list();
  }

  /** A community-filed organisation (no credit code) in {@code region}. */
  private long organisation(String region) {
    long id =
        jdbc.sql(
                """
                insert into organisations.organisation (kind, name, domicile, region_code,
                       legal_representative_name, registration_level, business_scope,
                       registered_on, created_by)
                values ('COMMUNITY_FILED', :name, '行级测试路1号', :region, '测试', 'STREET',
                        '邻里互助', date '2025-01-01', 'rls-test')
                returning id""")
            .param("name", "行级测试队" + fakePerson())
            .param("region", region)
            .query(Long.class)
            .single();
    created("organisations.organisation_history", "organisation_id", id);
    return created("organisations.organisation", "id", id);
  }

  private long application(Long organisation, String region) {
    long id =
        jdbc.sql(
                """
                insert into organisations.application (kind, organisation_id, org_kind,
                       registration_level, region_code, name, materials, submitted_by, submitted_on)
                values (:kind, :organisation, 'COMMUNITY_FILED', 'STREET', :region, '行级测试队',
                        '章程', 'rls-test', date '2026-10-01')
                returning id""")
            .param("kind", organisation == null ? "ESTABLISH" : "CHANGE")
            .param("organisation", organisation)
            .param("region", region)
            .query(Long.class)
            .single();
    return created("organisations.application", "id", id);
  }

  private long annualReport(long organisation, String region) {
    long id =
        jdbc.sql(
                """
                insert into organisations.annual_report (organisation_id, year, region_code,
                       submitted_on, late, income, expenditure, net_assets, staff_count,
                       activities, submitted_by)
                values (:organisation, 2025, :region, date '2026-04-01', false, 1000, 800, 200, 2,
                        '社区活动', 'rls-test')
                returning id""")
            .param("organisation", organisation)
            .param("region", region)
            .query(Long.class)
            .single();
    return created("organisations.annual_report", "id", id);
  }
}
