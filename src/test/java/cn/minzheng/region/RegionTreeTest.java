package cn.minzheng.region;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.region.AddressCodeCheck.Category;
import cn.minzheng.shared.IdCardNo;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seeded tree in PostgreSQL, read through the module's facade and the platform SPI. */
@SpringBootTest
class RegionTreeTest {

  @Autowired RegionQuery regions;
  @Autowired RegionHierarchy hierarchy;
  @Autowired JdbcClient jdbc;

  @Test
  void holdsTwentyCurrentCountyUnitsAndThreeFunctionalZones() {
    List<RegionNode> counties = regions.children("510100000000");
    assertThat(counties)
        .filteredOn(c -> c.validTo() == null && c.kind() != RegionKind.FUNCTIONAL_ZONE)
        .extracting(RegionNode::code)
        .containsExactlyInAnyOrder(
            "510104000000",
            "510105000000",
            "510106000000",
            "510107000000",
            "510108000000",
            "510112000000",
            "510113000000",
            "510114000000",
            "510115000000",
            "510116000000",
            "510117000000",
            "510118000000",
            "510121000000",
            "510129000000",
            "510131000000",
            "510181000000",
            "510182000000",
            "510183000000",
            "510184000000",
            "510185000000");
    assertThat(counties)
        .filteredOn(c -> c.kind() == RegionKind.FUNCTIONAL_ZONE)
        .extracting(RegionNode::name)
        .containsExactlyInAnyOrder("成都高新区", "四川天府新区成都直管区", "成都东部新区");
    assertThat(regions.find("510104000000")).map(RegionNode::name).contains("锦江区");
    assertThat(regions.find("510185000000")).map(RegionNode::name).contains("简阳市");
  }

  @Test
  void functionalZonesHaveNoStatutoryCode() {
    assertThat(regions.children("510100000000"))
        .filteredOn(c -> c.kind() == RegionKind.FUNCTIONAL_ZONE)
        .allSatisfy(
            zone -> {
              assertThat(zone.statutoryCountyCode()).isNull();
              assertThat(zone.note()).contains("无GB/T 2260代码");
            });
  }

  @Test
  void seedsTheBriefsNumberOfStreetsAndCommunities() {
    assertThat(countGenerated("STREET")).isEqualTo(261);
    assertThat(countGenerated("COMMUNITY")).isEqualTo(3045);
  }

  private long countGenerated(String level) {
    return jdbc.sql("select count(*) from region.node where generated and level = ?")
        .param(level)
        .query(Long.class)
        .single();
  }

  @Test
  void containsTheDemoCodesEveryModuleReliesOn() {
    assertThat(regions.path("510104001001"))
        .extracting(RegionNode::code)
        .containsExactly("510100000000", "510104000000", "510104001000", "510104001001");
    assertThat(regions.children("510104001000"))
        .extracting(RegionNode::code)
        .startsWith("510104001001", "510104001002");
    assertThat(regions.children("510104000000"))
        .extracting(RegionNode::code)
        .startsWith("510104001000", "510104002000");
    assertThat(regions.find("510105001000")).isPresent();
    assertThat(regions.find("510105001001")).map(RegionNode::parentCode).contains("510105001000");
  }

  @Test
  void subtreeOfADistrictHoldsItsStreetsAndCommunitiesOnly() {
    var jinjiang = hierarchy.subtreeOf("510104000000");
    assertThat(jinjiang)
        .contains("510104000000", "510104001000", "510104002000", "510104001001", "510104001002")
        .doesNotContain("510105000000", "510105001000", "510105001001", "510100000000");
    assertThat(jinjiang).allSatisfy(code -> assertThat(code).startsWith("510104"));
  }

  @Test
  void subtreeOfAStreetHoldsItselfAndItsCommunities() {
    assertThat(hierarchy.subtreeOf("510104001000"))
        .contains("510104001000", "510104001001", "510104001002")
        .doesNotContain("510104002000");
    assertThat(hierarchy.subtreeOf("510104001001")).containsExactly("510104001001");
    assertThat(hierarchy.subtreeOf("999999999999")).isEmpty();
  }

  @Test
  void subtreeOfTheCityIncludesRetiredNodes() {
    assertThat(hierarchy.subtreeOf("510100000000"))
        .contains("510122000000", "512081000000", "510190000000")
        .hasSizeGreaterThan(3300);
  }

  @Test
  void namesCodesAndFallsBackToTheCode() {
    assertThat(hierarchy.nameOf("510105000000")).isEqualTo("青羊区");
    assertThat(hierarchy.nameOf("999999999999")).isEqualTo("999999999999");
  }

  @Test
  void resolvesRetiredCodesWithTheirSuccessor() {
    RegionNode shuangliuCounty = regions.find("510122000000").orElseThrow();
    assertThat(shuangliuCounty.name()).isEqualTo("双流县");
    assertThat(shuangliuCounty.validTo()).isNotNull();
    assertThat(shuangliuCounty.successorCode()).isEqualTo("510116000000");
    assertThat(regions.find("510124000000"))
        .map(RegionNode::successorCode)
        .contains("510117000000");
    assertThat(regions.find("510132000000"))
        .map(RegionNode::successorCode)
        .contains("510118000000");
    assertThat(regions.find("512081000000"))
        .map(RegionNode::successorCode)
        .contains("510185000000");
  }

  @Test
  void classifiesCurrentChengduAddressCodesAsKnown() {
    AddressCodeCheck check = regions.checkAddressCode("510104");
    assertThat(check.category()).isEqualTo(Category.KNOWN);
    assertThat(check.name()).isEqualTo("锦江区");
  }

  @Test
  void acceptsTheAddressCodeOfAnIdNumberIssuedInARetiredCounty() {
    // 双流县 510122, born 1980-01-01, sequence 001:
    // 35+9+0+5+16+8+2+9+48+0+0+9+0+5+0+0+2 = 148; 148 mod 11 = 5 -> 7
    IdCardNo id = IdCardNo.parse("510122198001010017");
    assertThat(regions.checkAddressCodeOf(id).category()).isEqualTo(Category.RETIRED);
  }

  @Test
  void classifiesRetiredAddressCodesWithTheirSuccessor() {
    assertThat(regions.checkAddressCode("510122"))
        .isEqualTo(new AddressCodeCheck("510122", Category.RETIRED, "双流县", "510116"));
    assertThat(regions.checkAddressCode("512081"))
        .isEqualTo(new AddressCodeCheck("512081", Category.RETIRED, "简阳市", "510185"));
    assertThat(regions.checkAddressCode("510127").category()).isEqualTo(Category.RETIRED);
  }

  @Test
  void classifiesOtherProvincesByTheirPrefixOnly() {
    // the vectors of docs/domain-rules.md: Beijing 110105, Guangdong 440524, Anhui 340524
    for (String code : List.of("110105", "440524", "340524", "510602", "820000")) {
      assertThat(regions.checkAddressCode(code).category())
          .as(code)
          .isEqualTo(Category.OTHER_PROVINCE_PLAUSIBLE);
    }
  }

  @Test
  void classifiesUnlistedChengduCodesInvalidProvincesAndGarbageAsUnknown() {
    // 510199 is not in the table; 510190 is the internal code of 高新区, never in an ID number;
    // 16, 24, 99 are no province prefixes
    for (String code :
        List.of("510199", "510190", "160101", "240101", "990101", "51010", "51O104")) {
      assertThat(regions.checkAddressCode(code).category()).as(code).isEqualTo(Category.UNKNOWN);
    }
    assertThat(regions.checkAddressCode(null).category()).isEqualTo(Category.UNKNOWN);
  }
}
