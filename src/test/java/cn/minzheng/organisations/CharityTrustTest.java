package cn.minzheng.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureValues;
import cn.minzheng.cockpit.Period;
import cn.minzheng.cockpit.RegionValue;
import cn.minzheng.organisations.charity.CharityOrganisations;
import cn.minzheng.organisations.charity.CharityTrust;
import cn.minzheng.organisations.charity.CharityTrust.Filing;
import cn.minzheng.organisations.charity.CharityTrusts;
import cn.minzheng.organisations.charity.FilingDeadline;
import cn.minzheng.organisations.charity.TrusteeKind;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.CreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 慈善信托 with the rule's own days (慈善法 art. 45, 民法典 art. 201/203, domain-rules §9.2): seven calendar
 * days after signing, day 7 on time and day 8 late; a seventh day on a weekend or in the National
 * Day holiday of 2026 moves to the next working day, a worked weekend day (调休) does not.
 */
@SpringBootTest
class CharityTrustTest {

  @Autowired CharityTrusts trusts;
  @Autowired FilingDeadline deadline;
  @Autowired OrganisationTestData data;
  @Autowired CharityOrganisations charities;
  @Autowired List<Figure> figures;

  static final String TRUST_COMPANY = trustCompanyCode();

  /** A trust company's code: market regulation (9), enterprise (1), valid check characters. */
  static String trustCompanyCode() {
    String first17 = "91510100" + "MA6C7X2P" + "0";
    return first17 + CreditCode.checkChar(first17);
  }

  @Test
  void signedOnTuesday3March2026FiledOnDay7IsOnTimeAndOnDay8Late() {
    LocalDate signed = LocalDate.of(2026, 3, 3);
    assertThat(deadline.due(signed)).isEqualTo(LocalDate.of(2026, 3, 10));

    long onTime = trusts.file(filing("第七日备案慈善信托", signed), LocalDate.of(2026, 3, 10), "t");
    long late = trusts.file(filing("第八日备案慈善信托", signed), LocalDate.of(2026, 3, 11), "t");

    CharityTrust a = trusts.find(onTime).orElseThrow();
    assertThat(a.late()).isFalse();
    assertThat(a.filingDue()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(a.trusteeCreditCode()).isEqualTo(TRUST_COMPANY);
    assertThat(trusts.find(late).orElseThrow().late()).isTrue();
  }

  @Test
  void aSeventhDayOnASaturdayMovesToMondayAndOneInTheNationalDayHolidayToThe8October() {
    // 2026-03-07 + 7 = Saturday 14 March: the period ends on Monday 16 March
    assertThat(deadline.due(LocalDate.of(2026, 3, 7))).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(deadline.late(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 16))).isFalse();
    assertThat(deadline.late(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 17))).isTrue();
    // 2026-09-28 + 7 = 5 October, in 国庆节 (1–7 October): the period ends on Thursday 8 October
    assertThat(deadline.due(LocalDate.of(2026, 9, 28))).isEqualTo(LocalDate.of(2026, 10, 8));
    // 2026-10-03 + 7 = Saturday 10 October, worked instead (调休): it stays the last day
    assertThat(deadline.due(LocalDate.of(2026, 10, 3))).isEqualTo(LocalDate.of(2026, 10, 10));
  }

  @Test
  void aChangeIsFiledWithinSevenDaysLikewiseAndMovesTheProperty() {
    long id =
        trusts.file(filing("变更慈善信托", LocalDate.of(2026, 4, 1)), LocalDate.of(2026, 4, 2), "t");
    trusts.change(
        id,
        "追加信托财产",
        new BigDecimal("1500000.00"),
        LocalDate.of(2026, 6, 2),
        LocalDate.of(2026, 6, 9),
        "t");
    trusts.change(id, "变更受托人联系人", null, LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 10), "t");

    var changes = trusts.changes(id);
    assertThat(changes).extracting(CharityTrust.Change::late).containsExactly(false, true);
    assertThat(changes.get(0).filingDue()).isEqualTo(LocalDate.of(2026, 6, 9));
    assertThat(trusts.find(id).orElseThrow().property()).isEqualByComparingTo("1500000.00");
    assertThat(trusts.find(id).orElseThrow().initialProperty()).isEqualByComparingTo("1000000.00");
  }

  @Test
  void aYearlyReportIsPublishedOncePerYearAndSetsThePropertyHeld() {
    long id =
        trusts.file(filing("年报慈善信托", LocalDate.of(2025, 4, 1)), LocalDate.of(2025, 4, 3), "t");
    trusts.report(
        id,
        2025,
        new BigDecimal("900000.00"),
        new BigDecimal("100000.00"),
        "资助困境儿童助学",
        LocalDate.of(2026, 3, 20),
        "t");
    assertThat(trusts.reports(id)).hasSize(1);
    assertThat(trusts.find(id).orElseThrow().property()).isEqualByComparingTo("900000.00");
    assertThatThrownBy(
            () ->
                trusts.report(
                    id,
                    2025,
                    new BigDecimal("1.00"),
                    BigDecimal.ZERO,
                    "重复",
                    LocalDate.of(2026, 3, 21),
                    "t"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("已公布");
  }

  @Test
  void anOrganisationOfTheRegisterIsATrusteeByItsCodeAndAWrongTrustCompanyCodeIsRefused() {
    long org = data.socialGroup("慈善受托协会", RegistryTestData.COMMUNITY, LocalDate.of(2020, 1, 6));
    Filing byOrg =
        new Filing(
            "协会慈善信托",
            TrusteeKind.CHARITY_ORGANISATION,
            org,
            null,
            null,
            "扶老助残",
            new BigDecimal("500000.00"),
            RegistryTestData.COMMUNITY,
            LocalDate.of(2026, 5, 6));
    assertThatThrownBy(() -> trusts.file(byOrg, LocalDate.of(2026, 5, 8), "t"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("尚未认定为慈善组织");
    charities.recognise(org, LocalDate.of(2021, 3, 1), "成民慈认〔2021〕" + org + "号", "t");
    long id = trusts.file(byOrg, LocalDate.of(2026, 5, 8), "t");
    CharityTrust t = trusts.find(id).orElseThrow();
    assertThat(t.trusteeName()).isEqualTo("慈善受托协会");
    assertThat(t.trusteeCreditCode()).startsWith("51").hasSize(18);

    String wrong = TRUST_COMPANY.substring(0, 17) + (TRUST_COMPANY.endsWith("0") ? "1" : "0");
    assertThatThrownBy(
            () ->
                trusts.file(
                    new Filing(
                        "错码慈善信托",
                        TrusteeKind.TRUST_COMPANY,
                        null,
                        wrong,
                        "某信托公司",
                        "助学",
                        BigDecimal.TEN,
                        RegistryTestData.COMMUNITY,
                        LocalDate.of(2026, 5, 6)),
                    LocalDate.of(2026, 5, 7),
                    "t"))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("trusteeCreditCode"));
  }

  @Test
  void theTotalsCountTrustsInForceOfTheRegionWithTheirPropertyAndLateFilings() {
    String other = "510199999999";
    var before = trusts.totals(RegionFilter.of(Set.of(other)));
    trusts.file(
        filingIn("合计慈善信托甲", other, "2000000.00", LocalDate.of(2026, 2, 2)),
        LocalDate.of(2026, 2, 3),
        "t");
    trusts.file(
        filingIn("合计慈善信托乙", other, "3500000.50", LocalDate.of(2026, 2, 2)),
        LocalDate.of(2026, 2, 20),
        "t");
    var after = trusts.totals(RegionFilter.of(Set.of(other)));
    assertThat(after.trusts() - before.trusts()).isEqualTo(2);
    assertThat(after.property().subtract(before.property())).isEqualByComparingTo("5500000.50");
    assertThat(after.lateFilings() - before.lateFilings()).isEqualTo(1);
  }

  @Test
  void theCockpitCountsTrustsFiledByThePeriodsEndAndTheirProperty() {
    String region = "510198777701";
    trusts.file(
        filingIn("驾驶舱慈善信托甲", region, "4000000.00", LocalDate.of(2026, 6, 25)),
        LocalDate.of(2026, 6, 30),
        "t");
    trusts.file(
        filingIn("驾驶舱慈善信托乙", region, "6000000.00", LocalDate.of(2026, 6, 26)),
        LocalDate.of(2026, 7, 1),
        "t");
    Period firstHalf = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    RegionFilter scope = RegionFilter.of(Set.of(region));
    assertThat(total(figure("charity-trusts").values(firstHalf, scope))).isEqualByComparingTo("1");
    assertThat(total(figure("charity-trust-property").values(firstHalf, scope)))
        .isEqualByComparingTo("4000000.00");
  }

  private Figure figure(String code) {
    return figures.stream().filter(f -> f.spec().code().equals(code)).findFirst().orElseThrow();
  }

  private static BigDecimal total(FigureValues v) {
    return v.values().stream().map(RegionValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void aTerminationReportedOnDay15IsOnTimeOnDay16LateAndEndsTheTrust() {
    LocalDate happened = LocalDate.of(2026, 3, 2); // Monday; day 15 is Tuesday 17 March
    assertThat(deadline.due(happened, FilingDeadline.TERMINATION_DAYS))
        .isEqualTo(LocalDate.of(2026, 3, 17));
    long a =
        trusts.file(filing("第十五日终止慈善信托", LocalDate.of(2026, 1, 5)), LocalDate.of(2026, 1, 6), "t");
    long b =
        trusts.file(filing("第十六日终止慈善信托", LocalDate.of(2026, 1, 5)), LocalDate.of(2026, 1, 6), "t");

    trusts.terminate(a, "信托期限届满", "移交某慈善会用于助学", happened, LocalDate.of(2026, 3, 17), "t");
    trusts.terminate(b, "信托目的已实现", "返还委托人指定的慈善组织", happened, LocalDate.of(2026, 3, 18), "t");

    assertThat(trusts.find(a).orElseThrow().statusLabel()).isEqualTo("已终止");
    assertThat(trusts.changes(a))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.late()).isFalse();
              assertThat(c.filingDue()).isEqualTo(LocalDate.of(2026, 3, 17));
              assertThat(c.what()).contains("信托期限届满", "移交某慈善会用于助学");
            });
    assertThat(trusts.changes(b)).singleElement().satisfies(c -> assertThat(c.late()).isTrue());
    assertThatThrownBy(
            () -> trusts.terminate(a, "再次终止", "无", happened, LocalDate.of(2026, 3, 18), "t"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("已终止");
    assertThatThrownBy(
            () -> trusts.change(a, "变更受托人", null, happened, LocalDate.of(2026, 3, 18), "t"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("已终止");
    assertThatThrownBy(
            () ->
                trusts.terminate(
                    trusts.file(
                        filing("缺处分方案慈善信托", LocalDate.of(2026, 1, 5)),
                        LocalDate.of(2026, 1, 6),
                        "t"),
                    "期满",
                    " ",
                    happened,
                    LocalDate.of(2026, 3, 3),
                    "t"))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("disposal"));
  }

  static Filing filing(String name, LocalDate signed) {
    return filingIn(name, RegistryTestData.COMMUNITY, "1000000.00", signed);
  }

  static Filing filingIn(String name, String region, String property, LocalDate signed) {
    return new Filing(
        name,
        TrusteeKind.TRUST_COMPANY,
        null,
        TRUST_COMPANY,
        "成都某信托有限责任公司",
        "资助困境儿童",
        new BigDecimal(property),
        region,
        signed);
  }
}
