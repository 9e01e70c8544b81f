package cn.minzheng.monitoring;

import static cn.minzheng.monitoring.MonitoringTestData.COMMUNITY;
import static cn.minzheng.monitoring.MonitoringTestData.importLines;
import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.as;
import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.assistance.EconomicVerificationProvider;
import cn.minzheng.monitoring.feeds.FeedImports;
import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.monitoring.verification.EconomicVerification;
import cn.minzheng.monitoring.verification.VerificationRefusedException;
import cn.minzheng.monitoring.verification.VerificationReport;
import cn.minzheng.monitoring.verification.VerificationReports;
import cn.minzheng.monitoring.verification.VerificationRequest;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class EconomicVerificationTest {

  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  @Autowired FeedImports imports;
  @Autowired RegistryFixtures registry;
  @Autowired EconomicVerification verification;
  @Autowired VerificationReports reports;
  @Autowired EconomicVerificationProvider provider;

  record Family(Person head, Person spouse, Person child, long householdId) {}

  private Family family() throws Exception {
    Person head = registry.person("户主", COMMUNITY);
    Person spouse = registry.person("配偶", COMMUNITY);
    Person child = registry.person("子女", COMMUNITY);
    long hh = registry.household(COMMUNITY, head, spouse, child);
    importLines(
        imports,
        FeedType.PENSION_EMPLOYMENT,
        head.idNumber() + ",2025-04-01,1100,养老金",
        head.idNumber() + ",2025-05-01,1200,养老金",
        spouse.idNumber() + ",2025-07-01,5000,工资 新单位",
        child.idNumber() + ",2024-05-01,999,工资 旧单位");
    importLines(imports, FeedType.TAX_INCOME, spouse.idNumber() + ",2025-05-01,300,劳务报酬");
    importLines(imports, FeedType.VEHICLE, head.idNumber() + ",2020-01-01,30000,川A11111");
    return new Family(head, spouse, child, hh);
  }

  private VerificationRequest request(Family f, String consent) {
    return new VerificationRequest(
        f.householdId(),
        COMMUNITY,
        List.of(f.head().id(), f.spouse().id(), f.child().id()),
        AS_OF,
        consent,
        null,
        null);
  }

  @Test
  void perCapitaIncomeCountsTheLatestIncomeOfEachSourceWithinTwelveMonthsAndIgnoresLaterFacts()
      throws Exception {
    Family f = family();

    long id = verification.verify(request(f, "授权书-2025-001"), "test");
    VerificationReport report = as(auth(CITY, Role.CITY_ADMIN), () -> reports.require(id));

    // 1200 (head's latest pension) + 300 (spouse's tax income) = 1500; 3 members -> 500.00.
    assertThat(report.householdIncome()).isEqualByComparingTo("1500.00");
    assertThat(report.perCapitaIncome()).isEqualByComparingTo("500.00");
    // The spouse's wage dated 2025-07-01 lies after the as-of date: not in the report at all.
    assertThat(report.facts()).noneMatch(x -> x.date().isAfter(AS_OF));
    assertThat(report.assetsOk()).isTrue();
    // Valid six months (configurable) from the as-of date.
    assertThat(report.validUntil()).isEqualTo(LocalDate.of(2025, 12, 30));
    // 锦江区: 910 yuan (docs/domain-rules.md §3); 500 < 910 and assets within the rules.
    assertThat(report.standard()).isEqualByComparingTo("910");
    assertThat(report.conclusion()).endsWith("家庭人均月收入低于低保标准（910元）且财产符合规定");
    // No housing-fund batch was ever delivered here: that source counts as down.
    assertThat(report.conclusion()).contains("住房公积金");
    assertThat(report.complete()).isFalse();
  }

  @Test
  void aSecondPropertyBreaksTheAssetRule() throws Exception {
    Family f = family();
    importLines(
        imports,
        FeedType.PROPERTY,
        f.head().idNumber() + ",2019-01-01,400000,某路1号",
        f.spouse().idNumber() + ",2021-01-01,300000,某路2号");

    long id = verification.verify(request(f, "授权书-2025-002"), "test");
    VerificationReport report = as(auth(CITY, Role.CITY_ADMIN), () -> reports.require(id));

    assertThat(report.assetsOk()).isFalse();
    assertThat(report.assets())
        .filteredOn(a -> a.label().contains("房产"))
        .singleElement()
        .satisfies(a -> assertThat(a.value()).isEqualByComparingTo(new BigDecimal(2)));
  }

  @Test
  void refusesWithoutTheSignedAuthorisation() throws Exception {
    Family f = family();
    assertThatThrownBy(() -> verification.verify(request(f, " "), "test"))
        .isInstanceOf(VerificationRefusedException.class)
        .hasMessageContaining("授权书");
  }

  @Test
  void theAssistanceSpiAnswersTheSameFigures() throws Exception {
    Family f = family();
    var result =
        provider.verify(
            new EconomicVerificationProvider.Request(
                42L,
                f.householdId(),
                List.of(f.head().id(), f.spouse().id(), f.child().id()),
                AS_OF,
                "授权书-2025-003",
                "caseworker"));
    assertThat(result.perCapitaIncome()).isEqualByComparingTo("500.00");
    assertThat(result.monthlyHouseholdIncome()).isEqualByComparingTo("1500.00");
    assertThat(result.reportRef()).startsWith("HD-");
  }

  @Test
  void aMemberDisputeIsRecordedOpenForStaff() throws Exception {
    Family f = family();
    long id = verification.verify(request(f, "授权书-2025-004"), "test");
    as(
        auth(CITY, Role.CITY_ADMIN),
        () -> {
          long fact = reports.require(id).facts().get(0).id();
          reports.dispute(id, fact, "该车辆已于2024年转让", "户主");
          assertThat(reports.require(id).disputes())
              .singleElement()
              .satisfies(d -> assertThat(d.state()).isEqualTo("OPEN"));
          return null;
        });
  }
}
