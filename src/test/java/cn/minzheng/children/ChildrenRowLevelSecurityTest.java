package cn.minzheng.children;

import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_DISTRICT_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_STREET_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.auth;
import static cn.minzheng.registry.RegistryTestData.staff;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.children.allowance.AllowanceCases;
import cn.minzheng.children.allowance.CareType;
import cn.minzheng.children.allowance.CaseState;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.database.RowScope;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.testing.RowLevelSecurityTestBase;
import cn.minzheng.testing.UnscopedQueryProbe.RowsInThreeRegions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second layer of data scope on the children's case tables (children V7): a query that forgot
 * its region filter still returns no allowance or protection case of another street in a street
 * caseworker's request; the district, the city and threads without a request see theirs; the
 * city-wide rule of one open case per child and the death listener still reach another district.
 */
class ChildrenRowLevelSecurityTest extends RowLevelSecurityTestBase {

  ChildrenRowLevelSecurityTest() {
    super(-7_100_000);
  }

  @Autowired AllowanceCases cases;
  @Autowired ChildrenTestData data;
  @Autowired PersonCommands personCommands;

  private final List<Long> allowanceCases = new ArrayList<>();
  private final List<Long> protectionCases = new ArrayList<>();

  @AfterAll
  void removeRows() {
    jdbc.sql("delete from children.protection_case where id = any(:ids)")
        .param("ids", protectionCases.toArray(Long[]::new))
        .update();
    jdbc.sql("delete from children.allowance_case where id = any(:ids)")
        .param("ids", allowanceCases.toArray(Long[]::new))
        .update();
  }

  @Test
  void allowanceCasesOfAnotherStreetStayOutOfAStreetCaseworkersUnscopedQuery() throws Exception {
    var rows =
        new RowsInThreeRegions(
            "children.allowance_case",
            "id",
            allowanceCase(COMMUNITY, "REJECTED"),
            allowanceCase(SIBLING_STREET_COMMUNITY, "REJECTED"),
            allowanceCase(SIBLING_DISTRICT_COMMUNITY, "REJECTED"));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  @Test
  void protectionCasesOfAnotherStreetStayOutOfAStreetCaseworkersUnscopedQuery() throws Exception {
    var rows =
        new RowsInThreeRegions(
            "children.protection_case",
            "id",
            protectionCase(COMMUNITY),
            protectionCase(SIBLING_STREET_COMMUNITY),
            protectionCase(SIBLING_DISTRICT_COMMUNITY));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  @Test
  void theOneOpenCasePerChildRuleSeesACaseOfAnotherDistrict() {
    long child = fakePerson();
    long elsewhere = allowanceCase(SIBLING_DISTRICT_COMMUNITY, "APPLIED", child);

    RowScope.bind(dataScope.of(staff(STREET, Role.STREET_CASEWORKER)));
    long seenUnscoped =
        jdbc.sql("select count(*) from children.allowance_case where child_person_id = :c")
            .param("c", child)
            .query(Long.class)
            .single();

    assertThat(seenUnscoped).as("the row scope holds").isZero();
    assertThat(cases.openCase(child)).contains(elsewhere);
    assertThat(
            jdbc.sql("select count(*) from children.allowance_case where child_person_id = :c")
                .param("c", child)
                .query(Long.class)
                .single())
        .as("the row scope is back after the look-up")
        .isZero();
  }

  @Test
  void aDeathRecordedInAStreetsRequestEndsTheCaseOfAChildInAnotherDistrict() {
    long id =
        data.approved(
            LocalDate.of(2016, 4, 10),
            "ORPHAN",
            CareType.SCATTERED,
            LocalDate.of(2026, 1, 5),
            SIBLING_DISTRICT_COMMUNITY);
    long child = cases.get(id).childPersonId();

    // the registry's command runs across regions; its event reaches the children's listener,
    // which runs without a request and so without the street's scope
    RowScope.bind(dataScope.of(staff(STREET, Role.COMMUNITY_WORKER)));
    RegistryTestData.as(
        auth(STREET, Role.COMMUNITY_WORKER),
        () ->
            personCommands.recordDeath(
                child, new DeathReport(LocalDate.of(2026, 10, 31), "COMMUNITY", null, "测试")));
    RowScope.clear();

    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> cases.get(id).state() == CaseState.ENDED);
    assertThat(cases.get(id).stoppedFrom()).isEqualTo(LocalDate.of(2026, 11, 1));
  }

  private long allowanceCase(String region, String state) {
    return allowanceCase(region, state, fakePerson());
  }

  private long allowanceCase(String region, String state, long child) {
    long id =
        jdbc.sql(
                """
                insert into children.allowance_case (child_person_id, category, care_type, state,
                       source, region_code, guardian_name, guardian_relation, consent, filed_by)
                values (:child, 'ORPHAN', 'SCATTERED', :state, 'STAFF', :region, '测试监护',
                        '祖母', true, 'rls-test')
                returning id""")
            .param("child", child)
            .param("state", state)
            .param("region", region)
            .query(Long.class)
            .single();
    allowanceCases.add(id);
    return id;
  }

  private long protectionCase(String region) {
    long id =
        jdbc.sql(
                """
                insert into children.protection_case (child_person_id, region_code, source,
                       reporter, reported_on, summary, risk_level, stage, created_by)
                values (:child, :region, 'HOTLINE', '测试', date '2026-11-02', '行级安全测试', 'LOW',
                        'CLOSED', 'rls-test')
                returning id""")
            .param("child", fakePerson())
            .param("region", region)
            .query(Long.class)
            .single();
    protectionCases.add(id);
    return id;
  }
}
