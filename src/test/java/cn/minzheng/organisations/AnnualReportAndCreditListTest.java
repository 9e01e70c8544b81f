package cn.minzheng.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.organisations.credit.CreditExport;
import cn.minzheng.organisations.credit.CreditLists;
import cn.minzheng.organisations.credit.ListTrigger;
import cn.minzheng.organisations.credit.Listing;
import cn.minzheng.organisations.credit.ZombieCandidates;
import cn.minzheng.organisations.register.Notices;
import cn.minzheng.organisations.register.OrganisationQueries;
import cn.minzheng.organisations.register.OrganisationStatus;
import cn.minzheng.organisations.reports.AnnualReport.Filing;
import cn.minzheng.organisations.reports.AnnualReports;
import cn.minzheng.organisations.reports.ReviewResult;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Annual reports and the credit lists of 民政部令第60号 with the rules' own dates: the 31 May deadline
 * (filed that day on time, the next day late and listed); removal from the abnormal list on the 5th
 * working day after verification across the National Day holiday of 2026; the serious list two
 * years after the latest cause, with and without a new one; the daily export twice the same bytes.
 */
@SpringBootTest
class AnnualReportAndCreditListTest {

  @Autowired AnnualReports reports;
  @Autowired CreditLists lists;
  @Autowired CreditExport export;
  @Autowired ZombieCandidates zombies;
  @Autowired OrganisationQueries queries;
  @Autowired Notices notices;
  @Autowired OrganisationTestData data;
  @Autowired JdbcClient jdbc;

  static final LocalDate REGISTERED = LocalDate.of(2024, 2, 1);

  @Test
  void theReportOf2025IsOnTimeOn31May2026AndLateOn1JuneAndTheLateAndMissingAreListed() {
    long onTime = data.socialGroup("按时年报协会", RegistryTestData.COMMUNITY, REGISTERED);
    long late = data.socialGroup("逾期年报协会", RegistryTestData.COMMUNITY, REGISTERED);
    long missing = data.socialGroup("未报年报协会", RegistryTestData.COMMUNITY, REGISTERED);
    long newcomer =
        data.socialGroup("2026年成立协会", RegistryTestData.COMMUNITY, LocalDate.of(2026, 1, 5));

    long r1 = reports.file(onTime, filing(2025), LocalDate.of(2026, 5, 31), "organisation");
    assertThat(reports.find(r1).orElseThrow().late()).isFalse();

    assertThat(lists.listLateReports(2025, LocalDate.of(2026, 5, 31), "system")).isZero();
    long r2 = reports.file(late, filing(2025), LocalDate.of(2026, 6, 1), "organisation");
    assertThat(reports.find(r2).orElseThrow().late()).isTrue();

    lists.listLateReports(2025, LocalDate.of(2026, 6, 2), "system");
    assertThat(reportListings(onTime)).isEmpty();
    assertThat(reportListings(newcomer)).isEmpty();
    assertThat(reportListings(late)).hasSize(1);
    Listing listed = reportListings(missing).get(0);
    assertThat(listed.listedOn()).isEqualTo(LocalDate.of(2026, 6, 2));
    assertThat(listed.legalBasis()).contains("第十条第一项");
    assertThat(listed.decisionNumber()).matches("成民社组异〔2026〕\\d{6}号");
    assertThat(notices.of(missing))
        .anySatisfy(n -> assertThat(n.text()).contains(listed.decisionNumber()));

    lists.listLateReports(2025, LocalDate.of(2026, 6, 3), "system");
    assertThat(reportListings(missing)).hasSize(1);
    assertThatThrownBy(
            () -> reports.file(onTime, filing(2025), LocalDate.of(2026, 6, 3), "organisation"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("year"));
  }

  @Test
  void theNotReportedListAndItsRemindersReachEachOrganisationOnce() {
    String community = RegistryTestData.SIBLING_DISTRICT_COMMUNITY;
    long silent = data.socialGroup("未报提醒协会", community, REGISTERED);
    long filed = data.socialGroup("已报提醒协会", community, REGISTERED);
    reports.file(filed, filing(2024), LocalDate.of(2025, 3, 3), "organisation");
    RegionFilter scope = RegionFilter.of(Set.of(community));

    var owing = reports.notReported(scope, 2024, PageQuery.first("name"));
    assertThat(owing.items()).extracting(o -> o.id()).contains(silent).doesNotContain(filed);
    int sent = reports.remind(scope, 2024);
    assertThat(sent).isGreaterThanOrEqualTo(1);
    assertThat(reports.remind(scope, 2024)).isZero();
    assertThat(notices.of(silent)).anySatisfy(n -> assertThat(n.text()).contains("2025年05月31日"));
    assertThat(notices.of(filed)).isEmpty();
  }

  @Test
  void aReportIsReviewedAndAnythingButQualifiedNeedsFindings() {
    long id = data.socialGroup("审查协会", RegistryTestData.COMMUNITY, REGISTERED);
    long report = reports.file(id, filing(2024), LocalDate.of(2025, 4, 1), "organisation");
    assertThatThrownBy(
            () ->
                reports.review(
                    report, ReviewResult.UNQUALIFIED, " ", LocalDate.of(2025, 6, 1), "u"))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("findings"));
    reports.review(
        report, ReviewResult.BASICALLY_QUALIFIED, "财务制度不健全", LocalDate.of(2025, 6, 1), "u");
    assertThat(reports.find(report).orElseThrow().resultLabel()).isEqualTo("基本合格");
    assertThat(notices.of(id))
        .anySatisfy(n -> assertThat(n.text()).contains("基本合格").contains("财务制度不健全"));
  }

  @Test
  void verifiedOn30September2026TheListingComesOffOn13OctoberTheFifthWorkingDay() {
    long id = data.socialGroup("失联协会", RegistryTestData.COMMUNITY, REGISTERED);
    long listing = lists.list(id, ListTrigger.UNREACHABLE, "住所核查", LocalDate.of(2026, 9, 1), "u");
    assertThatThrownBy(() -> lists.remove(listing, LocalDate.of(2026, 9, 2), "u"))
        .isInstanceOf(InvalidInput.class);

    // 1-7 October holiday; working days after the 30th: 8 (Thu), 9 (Fri), 10 (Sat, worked 调休), 12,
    // 13
    LocalDate due = lists.verifyRectification(listing, LocalDate.of(2026, 9, 30), "u");
    assertThat(due).isEqualTo(LocalDate.of(2026, 10, 13));

    lists.removeDueAbnormal(LocalDate.of(2026, 10, 12), "system");
    assertThat(lists.find(listing).orElseThrow().open()).isTrue();
    lists.removeDueAbnormal(LocalDate.of(2026, 10, 13), "system");
    Listing removed = lists.find(listing).orElseThrow();
    assertThat(removed.removedOn()).isEqualTo(LocalDate.of(2026, 10, 13));
    assertThat(removed.removalDecisionNumber()).matches("成民社组移异〔2026〕\\d{6}号");
    assertThat(removed.removalBasis()).contains("第十一条");
  }

  @Test
  void theSeriousListEndsTwoYearsAfterTheLatestCause() {
    long quiet = data.socialGroup("罚款协会甲", RegistryTestData.COMMUNITY, REGISTERED);
    long again = data.socialGroup("罚款协会乙", RegistryTestData.COMMUNITY, REGISTERED);
    long l1 = lists.list(quiet, ListTrigger.LARGE_FINE, "罚字1号", LocalDate.of(2024, 3, 1), "u");
    long l2 = lists.list(again, ListTrigger.LARGE_FINE, "罚字2号", LocalDate.of(2024, 3, 1), "u");
    assertThat(
            lists.list(again, ListTrigger.SUSPENSION_ORDER, "罚字3号", LocalDate.of(2025, 1, 10), "u"))
        .isEqualTo(l2);

    lists.removeExpiredSerious(LocalDate.of(2026, 2, 28), "system");
    assertThat(lists.find(l1).orElseThrow().open()).isTrue();
    lists.removeExpiredSerious(LocalDate.of(2026, 3, 1), "system");
    assertThat(lists.find(l1).orElseThrow().removedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(lists.find(l2).orElseThrow().open()).isTrue();
    assertThatThrownBy(() -> lists.remove(l2, LocalDate.of(2027, 1, 9), "u"))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.getMessage()).contains("2027-01-10"));
    lists.removeExpiredSerious(LocalDate.of(2027, 1, 10), "system");
    assertThat(lists.find(l2).orElseThrow().removedOn()).isEqualTo(LocalDate.of(2027, 1, 10));
  }

  @Test
  void twoYearsOnTheAbnormalListPutTheOrganisationOnTheSeriousList() {
    long id = data.socialGroup("长期异常协会", RegistryTestData.COMMUNITY, REGISTERED);
    lists.list(id, ListTrigger.RECTIFICATION_NOT_DONE, "整改通知1", LocalDate.of(2023, 1, 5), "u");
    lists.promoteAbnormal(LocalDate.of(2025, 1, 4), "system");
    assertThat(lists.of(id)).extracting(Listing::list).containsExactly("ABNORMAL");
    lists.promoteAbnormal(LocalDate.of(2025, 1, 5), "system");
    lists.promoteAbnormal(LocalDate.of(2025, 1, 6), "system");
    assertThat(lists.of(id))
        .filteredOn(l -> l.list().equals("SERIOUS"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.listedOn()).isEqualTo(LocalDate.of(2025, 1, 5));
              assertThat(l.legalBasis()).contains("第十六条第一项");
            });
  }

  @Test
  void theExportOfADayIsTheSameFileWhenRunTwiceAndAfterARename() {
    LocalDate day = LocalDate.of(2023, 7, 14);
    long a = data.socialGroup("导出协会甲", RegistryTestData.COMMUNITY, REGISTERED.minusYears(2));
    long b = data.socialGroup("导出协会乙", RegistryTestData.COMMUNITY, REGISTERED.minusYears(2));
    long la = lists.list(a, ListTrigger.SMALL_FINE, "警告1号", day, "u");
    lists.list(b, ListTrigger.UNREACHABLE, "核查", day, "u");
    lists.verifyRectification(la, day, "u");
    lists.remove(la, day, "u");

    byte[] first = export.of(day);
    jdbc.sql("update organisations.organisation set name = '改名后' where id = ?").param(a).update();
    byte[] second = export.of(day);

    assertThat(second).isEqualTo(first);
    List<String> lines = new String(first, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
    assertThat(lines)
        .allSatisfy(l -> assertThat(l).startsWith("{\"decision_number\":\"").endsWith("}"));
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).contains("\"action\":\"REMOVE\"").contains("导出协会甲"));
    List<String> numbers = lines.stream().map(l -> l.substring(20, l.indexOf('"', 20))).toList();
    assertThat(numbers).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void twoSilentYearsMakeAZombieCandidateAndARevocationListsItAsSeriouslyDishonest() {
    long silent = data.socialGroup("僵尸候选协会", RegistryTestData.COMMUNITY, LocalDate.of(2021, 6, 1));
    long active = data.socialGroup("活跃协会", RegistryTestData.COMMUNITY, LocalDate.of(2021, 6, 1));
    reports.file(active, filing(2025), LocalDate.of(2026, 3, 1), "organisation");

    zombies.detect(LocalDate.of(2026, 7, 1));
    var page = zombies.page(RegionFilter.all(), true, new PageQuery(1, 100, "id", true));
    long candidate =
        zombies
            .page(
                RegionFilter.of(Set.of(RegistryTestData.COMMUNITY)),
                true,
                new PageQuery(1, 100, "id", true))
            .items()
            .stream()
            .filter(c -> c.organisationId() == silent)
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(page.items()).noneMatch(c -> c.organisationId() == active);
    assertThat(zombies.find(candidate).orElseThrow().reasons()).contains("2024、2025年度连续两年未报送");

    zombies.confirm(candidate, OrganisationStatus.REVOKED, LocalDate.of(2026, 7, 2), "u");
    assertThat(queries.find(silent).orElseThrow().status()).isEqualTo("REVOKED");
    assertThat(lists.of(silent)).anySatisfy(l -> assertThat(l.trigger()).isEqualTo("REVOKED"));
    zombies.detect(LocalDate.of(2026, 7, 3));
    assertThat(
            jdbc.sql(
                    "select count(*) from organisations.zombie_candidate where organisation_id = ?")
                .param(silent)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  private List<Listing> reportListings(long organisation) {
    return lists.of(organisation).stream()
        .filter(
            l ->
                l.trigger().equals("REPORT_NOT_FILED")
                    && l.subject().equals(CreditLists.subjectOf(2025)))
        .toList();
  }

  private static Filing filing(int year) {
    return new Filing(
        year,
        null,
        new BigDecimal("120000.00"),
        new BigDecimal("98000.50"),
        new BigDecimal("50000"),
        3,
        "开展公益活动12次",
        null);
  }
}
