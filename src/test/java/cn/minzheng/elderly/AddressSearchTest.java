package cn.minzheng.elderly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import cn.minzheng.elderly.facility.AddressSearch;
import cn.minzheng.elderly.facility.Facilities;
import cn.minzheng.elderly.facility.Facilities.NewFacility;
import cn.minzheng.elderly.facility.FacilityType;
import cn.minzheng.elderly.facility.GeoPoint;
import cn.minzheng.elderly.facility.Places;
import cn.minzheng.elderly.facility.Places.Place;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Address search of the public map: a community by its name (its recorded centre), a street or
 * district (the mean of the community centres recorded below it), a facility by name or address,
 * and "未找到该地址" for anything else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AddressSearchTest {

  static final String STREET = "510104001000";

  @Autowired AddressSearch search;
  @Autowired Places places;
  @Autowired Facilities facilities;
  @Autowired RegionQuery regions;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void findsACommunityByItsNameWithItsDistrictAndStreetAtItsRecordedCentre() {
    RegionNode community = lastCommunityOf(STREET);
    GeoPoint centre = new GeoPoint(30.612345, 104.054321);
    // a centre name unlike the community's, so that the region tree (not the gazetteer) answers
    places.recordCommunityCentre(community.code(), "测试居委会" + community.code(), centre);

    String typed = name("510104000000") + " " + name(STREET) + community.name();
    Place found = search.find(typed).orElseThrow();

    assertThat(found.name()).endsWith(community.name()).startsWith(name("510104000000"));
    assertThat(found.point().latitude()).isCloseTo(30.612345, within(1e-6));
    assertThat(found.point().longitude()).isCloseTo(104.054321, within(1e-6));
  }

  /** Rolled back: the street's centres and facilities are set aside only for this test. */
  @Test
  @Transactional
  void aStreetWithNeitherCentresNorFacilitiesIsPlacedAtItsCountySeatAndSaysSo() {
    jdbc.sql(
            "update elderly.place set kind = 'LANDMARK' where kind = 'COMMUNITY_CENTRE'"
                + " and region_code like '510104001%'")
        .update();
    jdbc.sql("update elderly.facility set active = false where region_code like '510104001%'")
        .update();

    Place found = search.find(name("510104000000") + name(STREET)).orElseThrow();

    assertThat(found.name()).isEqualTo(name("510104000000") + name(STREET) + "（位置按所在区县估算）");
    // 锦江区's government seat, as CountyCentres records it
    assertThat(found.point().latitude()).isCloseTo(30.6570, within(1e-6));
    assertThat(found.point().longitude()).isCloseTo(104.0830, within(1e-6));
  }

  @Test
  void findsAStreetAtTheMeanOfTheCommunityCentresRecordedBelowIt() {
    RegionNode community = lastCommunityOf(STREET);
    places.recordCommunityCentre(
        community.code(), "测试居委会" + community.code(), new GeoPoint(30.612345, 104.054321));
    Map<String, Object> mean =
        jdbc.sql(
                "select avg(latitude) as lat, avg(longitude) as lon from elderly.place"
                    + " where kind = 'COMMUNITY_CENTRE' and region_code like '510104001%'")
            .query()
            .singleRow();

    Place found = search.find(name("510104000000") + name(STREET)).orElseThrow();

    assertThat(found.name()).isEqualTo(name("510104000000") + name(STREET));
    assertThat(found.point().latitude())
        .isCloseTo(((Number) mean.get("lat")).doubleValue(), within(1e-6));
    assertThat(found.point().longitude())
        .isCloseTo(((Number) mean.get("lon")).doubleValue(), within(1e-6));
  }

  @Test
  void findsAFacilityByItsNameOrItsAddress() {
    GeoPoint at = new GeoPoint(30.601111, 104.071111);
    facilities.add(
        new NewFacility(
            FacilityType.DAY_CARE,
            "椿萱日间照料中心（检索测试）",
            "510104001001",
            "锦江区检索测试大道9号",
            at,
            30,
            "8:30-17:30",
            "日托"),
        "test");

    Place byName = search.find("椿萱日间照料中心（检索").orElseThrow();
    Place byAddress = search.find("检索测试大道9号").orElseThrow();

    assertThat(byName.name()).isEqualTo("椿萱日间照料中心（检索测试）");
    assertThat(byName.point().latitude()).isCloseTo(30.601111, within(1e-6));
    assertThat(byAddress.point().longitude()).isCloseTo(104.071111, within(1e-6));
  }

  @Test
  void anUnknownStreetAddressInADistrictFallsBackToTheDistrict() {
    Place found = search.find(name("510104000000") + "无此路123号").orElseThrow();
    assertThat(found.name()).startsWith(name("510104000000"));
  }

  @Test
  void answersNotFoundInChineseForAnAddressNothingMatches() throws Exception {
    assertThat(search.find("火星基地零号")).isEmpty();
    mvc.perform(get("/public/elderly/map").param("address", "火星基地零号"))
        .andExpect(content().string(Matchers.containsString("未找到该地址")));
    mvc.perform(get("/public/elderly/facilities").param("address", "火星基地零号"))
        .andExpect(jsonPath("$.message").value("未找到该地址"))
        .andExpect(jsonPath("$.facilities").isEmpty());
  }

  private RegionNode lastCommunityOf(String street) {
    List<RegionNode> children = regions.children(street);
    return children.get(children.size() - 1);
  }

  private String name(String code) {
    return regions.find(code).orElseThrow().name();
  }
}
