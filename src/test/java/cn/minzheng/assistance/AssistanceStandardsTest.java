package cn.minzheng.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.assistance.standards.StandardAdministration;
import cn.minzheng.assistance.standards.StandardRejected;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class AssistanceStandardsTest {

  static final String JINJIANG_COMMUNITY = "510104001001";

  /** 龙泉驿区 (910) and 简阳市 (860) are neighbours: the boundary between the two tiers. */
  static final String LONGQUANYI = "510112000000";

  static final String JIANYANG = "510185000000";
  static final String EASTERN_NEW_AREA = "510192000000";
  static final String DAYI = "510129000000";
  static final LocalDate MID_MONTH = LocalDate.of(2098, 3, 15);
  static final LocalDate FIRST = LocalDate.of(2098, 4, 1);

  @Autowired AssistanceStandards standards;
  @Autowired RegionQuery regions;
  @Autowired StandardAdministration administration;
  @Autowired JdbcClient jdbc;

  /** 大邑县's 2023 version moved to another date: only the date differs between the two tests. */
  StandardInForce dayiFrom(LocalDate from) {
    StandardInForce current = standards.inForce(DAYI, LocalDate.of(2023, 1, 1)).orElseThrow();
    return new StandardInForce(
        DAYI,
        from,
        current.dibaoStandard(),
        current.minimumPerPerson(),
        current.tekunMultiplier(),
        current.careSelf(),
        current.carePartial(),
        current.careFull(),
        current.careConfirmed(),
        current.linshiTownshipMultiple(),
        current.linshiCountyMultiple(),
        current.marginalMultiplier(),
        current.assetDepositMonths(),
        current.assetVehicleLimit(),
        current.assetSecondHouse(),
        "测试：生效日期规则");
  }

  @Test
  void theServiceRefusesAStandardStartingMidMonthAndAcceptsTheFirstOfTheMonth() {
    StaffUser admin = AssistanceFixtures.staff(AssistanceFixtures.CITY, Role.CITY_ADMIN);
    assertThatThrownBy(
            () -> AssistanceFixtures.as(admin, () -> administration.add(dayiFrom(MID_MONTH), "t")))
        .isInstanceOf(StandardRejected.class)
        .hasMessageStartingWith("生效日期：须为某月1日");
    assertThat(standards.inForce(DAYI, MID_MONTH).orElseThrow().effectiveFrom())
        .isEqualTo(LocalDate.of(2023, 1, 1));

    assertThat(AssistanceFixtures.as(admin, () -> administration.add(dayiFrom(FIRST), "t")))
        .isTrue();
    assertThat(standards.inForce(DAYI, FIRST.plusDays(20)).orElseThrow().effectiveFrom())
        .isEqualTo(FIRST);
  }

  @Test
  void theDatabaseRefusesAMidMonthVersionWrittenAroundTheService() {
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        """
                        insert into assistance.standard_version (area_code, effective_from,
                          dibao_standard, tekun_multiplier, care_self, care_partial, care_full,
                          linshi_township_multiple, linshi_county_multiple, marginal_multiplier,
                          asset_deposit_months, asset_vehicle_limit, basis, created_by)
                        values (?, ?, 999, 1.3, 0, 300, 600, 3, 10, 1.5, 24, 50000, 'x', 't')""")
                    .params(DAYI, MID_MONTH)
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("standard_version_from_first_of_month");
  }

  @Test
  void theDibaoStandardOf2023BeginsOnTheFirstOfJanuary() {
    assertThat(standards.dibaoStandard(JINJIANG_COMMUNITY, LocalDate.of(2022, 12, 31)))
        .contains(new BigDecimal("630.00"));
    assertThat(standards.dibaoStandard(JINJIANG_COMMUNITY, LocalDate.of(2023, 1, 1)))
        .contains(new BigDecimal("910.00"));
  }

  @Test
  void centralAreasHave910AndOuterCountiesHave860AcrossTheDistrictBoundary() {
    LocalDate day = LocalDate.of(2023, 6, 1);
    String longquanyiStreet = regions.children(LONGQUANYI).get(0).code();
    String jianyangStreet = regions.children(JIANYANG).get(0).code();
    assertThat(standards.dibaoStandard(longquanyiStreet, day)).contains(new BigDecimal("910.00"));
    assertThat(standards.dibaoStandard(jianyangStreet, day)).contains(new BigDecimal("860.00"));
    assertThat(standards.dibaoStandard(JIANYANG, LocalDate.of(2023, 1, 1)))
        .contains(new BigDecimal("860.00"));
    assertThat(standards.dibaoStandard(JIANYANG, LocalDate.of(2022, 12, 31)))
        .contains(new BigDecimal("560.00"));
  }

  @Test
  void aStreetOfAFunctionalZoneGetsTheZonesStandardNotItsStatutoryCountys() {
    RegionNode zoneStreet = regions.children(EASTERN_NEW_AREA).get(0);
    // 东部新区 was carved out of 简阳 (860), yet the zone belongs to the 910 tier.
    assertThat(standards.dibaoStandard(zoneStreet.code(), LocalDate.of(2023, 1, 1)))
        .contains(new BigDecimal("910.00"));
    assertThat(standards.dibaoStandard(EASTERN_NEW_AREA, LocalDate.of(2023, 1, 1)))
        .contains(new BigDecimal("910.00"));
  }

  @Test
  void noStandardBeforeTheFirstVersionAndNoneForAnUnknownCode() {
    assertThat(standards.dibaoStandard(JINJIANG_COMMUNITY, LocalDate.of(2017, 10, 31))).isEmpty();
    assertThat(standards.dibaoStandard("999999999999", LocalDate.of(2023, 1, 1))).isEmpty();
  }

  @Test
  void tekunBasicIsOnePointThreeTimesTheStandardAndMarginalOnePointFive() {
    StandardInForce central =
        standards.inForce(JINJIANG_COMMUNITY, LocalDate.of(2023, 1, 1)).orElseThrow();
    StandardInForce outer = standards.inForce(JIANYANG, LocalDate.of(2023, 1, 1)).orElseThrow();
    assertThat(central.tekunBasic()).isEqualByComparingTo("1183"); // 1.3 x 910
    assertThat(outer.tekunBasic()).isEqualByComparingTo("1118"); // 1.3 x 860
    assertThat(standards.marginalThreshold(JINJIANG_COMMUNITY, LocalDate.of(2023, 1, 1)))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1365")); // 1.5 x 910
    assertThat(central.linshiTownshipLimit()).isEqualByComparingTo("2730"); // 3 x 910
    assertThat(central.careConfirmed()).isFalse();
  }
}
