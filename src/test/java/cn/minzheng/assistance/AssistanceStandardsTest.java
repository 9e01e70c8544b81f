package cn.minzheng.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class AssistanceStandardsTest {

  static final String JINJIANG_COMMUNITY = "510104001001";

  /** 龙泉驿区 (910) and 简阳市 (860) are neighbours: the boundary between the two tiers. */
  static final String LONGQUANYI = "510112000000";

  static final String JIANYANG = "510185000000";
  static final String EASTERN_NEW_AREA = "510192000000";

  @Autowired AssistanceStandards standards;
  @Autowired RegionQuery regions;

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
