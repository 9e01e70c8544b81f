package cn.minzheng.monitoring;

import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_DISTRICT_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_STREET_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.auth;
import static cn.minzheng.registry.RegistryTestData.staff;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.monitoring.verification.EconomicVerification;
import cn.minzheng.monitoring.verification.VerificationReport;
import cn.minzheng.monitoring.verification.VerificationReports;
import cn.minzheng.monitoring.verification.VerificationRequest;
import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.monitoring.warnings.Warning;
import cn.minzheng.monitoring.warnings.WarningEvidence;
import cn.minzheng.monitoring.warnings.WarningEvidence.EvidenceFact;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.database.RowScope;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.testing.RowLevelSecurityTestBase;
import cn.minzheng.testing.UnscopedQueryProbe.RowsInThreeRegions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second layer of data scope on monitoring (monitoring V8): a query that forgot its region
 * filter returns no register entry or fact of another street in a street caseworker's request; a
 * verification in a street's request still counts a member's income recorded while the member lived
 * in another district, and its report shows that fact; a warning's evidence and a visit task's due
 * date count facts and visits of a person's former district, while task generation still keeps to
 * the register entries of the caller's scope.
 */
class MonitoringRowLevelSecurityTest extends RowLevelSecurityTestBase {

  @Autowired EconomicVerification verification;
  @Autowired VerificationReports reports;
  @Autowired WarningEvidence evidence;
  @Autowired VisitRecords visits;

  MonitoringRowLevelSecurityTest() {
    super(
        -7_700_000, "monitoring.feed_batch id", "monitoring.fact id", "monitoring.verification id");
  }

  @Test
  void registerEntriesOfAnotherStreetStayOutOfAStreetCaseworkersUnscopedQuery() throws Exception {
    var rows =
        new RowsInThreeRegions(
            "monitoring.register_entry",
            "id",
            registerEntry(COMMUNITY),
            registerEntry(SIBLING_STREET_COMMUNITY),
            registerEntry(SIBLING_DISTRICT_COMMUNITY));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  @Test
  void factsOfAnotherStreetStayOutOfAStreetCaseworkersUnscopedQuery() throws Exception {
    long batch = batch();
    var rows =
        new RowsInThreeRegions(
            "monitoring.fact",
            "id",
            fact(batch, fakePerson(), COMMUNITY, "100.00"),
            fact(batch, fakePerson(), SIBLING_STREET_COMMUNITY, "100.00"),
            fact(batch, fakePerson(), SIBLING_DISTRICT_COMMUNITY, "100.00"));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  @Test
  void aVerificationInAStreetsRequestCountsIncomeRecordedInAnotherDistrict() {
    long batch = batch();
    long movedIn = fakePerson();
    long stayed = fakePerson();
    long earlier = fact(batch, movedIn, SIBLING_DISTRICT_COMMUNITY, "2300.00");
    long here = fact(batch, stayed, COMMUNITY, "1200.50");
    BigDecimal expected = new BigDecimal("2300.00").add(new BigDecimal("1200.50"));

    RowScope.bind(dataScope.of(staff(STREET, Role.STREET_CASEWORKER)));
    long id =
        RegistryTestData.as(
            auth(STREET, Role.STREET_CASEWORKER),
            () ->
                verification.verify(
                    new VerificationRequest(
                        fakePerson(),
                        COMMUNITY,
                        List.of(movedIn, stayed),
                        LocalDate.of(2026, 11, 15),
                        "核对授权书-行级",
                        null,
                        null),
                    "rls-test"));
    created("monitoring.verification", "id", id);
    created("monitoring.verification_asset", "verification_id", id);
    created("monitoring.verification_fact", "verification_id", id);
    VerificationReport report =
        RegistryTestData.as(auth(STREET, Role.STREET_CASEWORKER), () -> reports.require(id));
    assertThat(report.facts()).extracting(VerificationReport.Fact::id).contains(earlier, here);
    assertThat(
            jdbc.sql("select count(*) from monitoring.fact where id = any(:ids)")
                .param("ids", new Long[] {earlier, here})
                .query(Long.class)
                .single())
        .as("the street's row scope holds again after the verification")
        .isOne();
    RowScope.clear();

    assertThat(
            jdbc.sql("select household_income from monitoring.verification where id = :id")
                .param("id", id)
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo(expected);
  }

  @Test
  void aWarningsEvidenceInAStreetsRequestShowsAFactRecordedInAnotherDistrict() {
    long batch = batch();
    long person = fakePerson();
    long earlier = fact(batch, person, SIBLING_DISTRICT_COMMUNITY, "3100.00");
    long here = fact(batch, person, COMMUNITY, "900.00");
    Warning warning = warning(person, here, earlier);

    RowScope.bind(dataScope.of(staff(STREET, Role.STREET_CASEWORKER)));
    List<EvidenceFact> shown = evidence.of(warning);
    long visibleAfter = factsVisible(here, earlier);
    RowScope.clear();

    assertThat(shown).extracting(EvidenceFact::id).containsExactlyInAnyOrder(earlier, here);
    assertThat(shown)
        .filteredOn(f -> f.id() == earlier)
        .singleElement()
        .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("3100.00"));
    assertThat(visibleAfter).as("the street's row scope holds again after the evidence").isOne();
  }

  @Test
  void aTaskGeneratedInAStreetsRequestIsDueAfterAVisitMadeInAnotherDistrict() {
    long movedIn = fakePerson();
    long neverVisited = fakePerson();
    registerEntry(movedIn, COMMUNITY);
    registerEntry(neverVisited, COMMUNITY);
    LocalDate visitedOn = LocalDate.of(2026, 9, 20);
    visit(movedIn, SIBLING_DISTRICT_COMMUNITY, visitedOn);

    RowScope.bind(dataScope.of(staff(STREET, Role.STREET_CASEWORKER)));
    visits.generateTasks(RegionFilter.of(Set.of(COMMUNITY)));
    RowScope.clear();

    // 低保边缘家庭 are visited every quarter: 90 days after the former district's visit
    assertThat(dueDate(movedIn)).isEqualTo(LocalDate.of(2026, 12, 19));
    assertThat(dueDate(neverVisited))
        .as("never visited: due on the day of generation")
        .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")));
  }

  @Test
  void taskGenerationAcrossRegionsStillKeepsToTheRegisterEntriesOfTheGivenScope() {
    long inScope = fakePerson();
    long siblingStreet = fakePerson();
    long siblingDistrict = fakePerson();
    registerEntry(inScope, COMMUNITY);
    registerEntry(siblingStreet, SIBLING_STREET_COMMUNITY);
    registerEntry(siblingDistrict, SIBLING_DISTRICT_COMMUNITY);

    RowScope.bind(dataScope.of(staff(STREET, Role.STREET_CASEWORKER)));
    visits.generateTasks(RegionFilter.of(Set.of(COMMUNITY)));
    RowScope.clear();

    assertThat(openTasks(inScope, siblingStreet, siblingDistrict)).containsExactly(inScope);
  }

  private long registerEntry(String region) {
    return registerEntry(fakePerson(), region);
  }

  private long registerEntry(long person, String region) {
    created("monitoring.visit_task", "person_id", person);
    long id =
        jdbc.sql(
                """
                insert into monitoring.register_entry
                       (person_id, region_code, category, origin, reason, since, created_by)
                values (:person, :region, 'MARGINAL', 'MANUAL', '行级测试', date '2026-10-01',
                        'rls-test')
                returning id""")
            .param("person", person)
            .param("region", region)
            .query(Long.class)
            .single();
    return created("monitoring.register_entry", "id", id);
  }

  private void visit(long person, String region, LocalDate on) {
    long id =
        jdbc.sql(
                """
                insert into monitoring.visit (person_id, region_code, visited_on, visitor, findings,
                       recorded_by)
                values (:person, :region, :on, '行级测试员', '家中无异常', 'rls-test')
                returning id""")
            .param("person", person)
            .param("region", region)
            .param("on", on)
            .query(Long.class)
            .single();
    created("monitoring.visit", "id", id);
  }

  private LocalDate dueDate(long person) {
    return jdbc.sql(
            "select due_date from monitoring.visit_task where person_id = :person and state = 'OPEN'")
        .param("person", person)
        .query(LocalDate.class)
        .single();
  }

  private List<Long> openTasks(Long... persons) {
    return jdbc.sql(
            "select person_id from monitoring.visit_task"
                + " where person_id = any(:persons) and state = 'OPEN'")
        .param("persons", persons)
        .query(Long.class)
        .list();
  }

  private long factsVisible(Long... ids) {
    return jdbc.sql("select count(*) from monitoring.fact where id = any(:ids)")
        .param("ids", ids)
        .query(Long.class)
        .single();
  }

  /** A warning as the pages read it: its evidence is all that {@link WarningEvidence} uses. */
  private static Warning warning(long person, long fact, Long... evidence) {
    Long[] ids = new Long[evidence.length + 1];
    ids[0] = fact;
    System.arraycopy(evidence, 0, ids, 1, evidence.length);
    return new Warning(
        -1,
        "INCOME_RISE",
        "收入骤增",
        "RED",
        fact,
        ids,
        person,
        null,
        COMMUNITY,
        COMMUNITY,
        "NEW",
        null,
        null,
        null,
        LocalDate.of(2026, 11, 30),
        0,
        Instant.now());
  }

  private long batch() {
    long id =
        jdbc.sql(
                """
                insert into monitoring.feed_batch (feed_type, channel, source, content_sha256,
                       received_by, state)
                values ('TAX_INCOME', 'UPLOAD', '行级测试', :sha, 'rls-test', 'DONE')
                returning id""")
            .param("sha", UUID.randomUUID().toString().getBytes())
            .query(Long.class)
            .single();
    return created("monitoring.feed_batch", "id", id);
  }

  private long fact(long batch, long person, String region, String amount) {
    long id =
        jdbc.sql(
                """
                insert into monitoring.fact (person_id, region_code, feed_type, fact_date, amount,
                       detail, source, batch_id, line, received_at)
                values (:person, :region, 'TAX_INCOME', date '2026-10-01', :amount, '工资薪金',
                        '税务局', :batch,
                        (select coalesce(max(line), 0) + 1 from monitoring.fact where batch_id = :batch),
                        now() - interval '1 day')
                returning id""")
            .param("person", person)
            .param("region", region)
            .param("amount", new BigDecimal(amount))
            .param("batch", batch)
            .query(Long.class)
            .single();
    return created("monitoring.fact", "id", id);
  }
}
