package cn.minzheng.organisations;

import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.DISTRICT;
import static cn.minzheng.registry.RegistryTestData.SIBLING_DISTRICT_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_STREET_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.auth;
import static cn.minzheng.registry.RegistryTestData.staff;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.organisations.register.Facts;
import cn.minzheng.organisations.register.Organisations;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.database.RowScope;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.testing.RowLevelSecurityTestBase;
import cn.minzheng.testing.UnscopedQueryProbe.RowsInThreeRegions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second layer of data scope on the organisations' registration applications, annual reports
 * and zombie candidates (organisations V6): a query that forgot its region filter returns no
 * application or report of another street in a street caseworker's request; an organisation moved
 * to another district by a district's change takes its pending application along.
 */
class OrganisationsRowLevelSecurityTest extends RowLevelSecurityTestBase {

  @Autowired Organisations organisations;
  @Autowired OrganisationTestData data;

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
