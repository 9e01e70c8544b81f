package cn.minzheng.elderly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.minzheng.elderly.facility.Facilities;
import cn.minzheng.elderly.facility.Facilities.NewFacility;
import cn.minzheng.elderly.facility.FacilityType;
import cn.minzheng.elderly.facility.GeoPoint;
import cn.minzheng.testing.ApiContract;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public elderly-care API (issue 22): facilities near a point with the map's 15-minute circle
 * and its limits, and the service list; anonymous, answers checked against the document.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ElderlyPublicApiTest {

  /** Far from other test data; a meridian arc of d metres is d / R radians of latitude. */
  static final GeoPoint CENTRE = new GeoPoint(29.6, 102.6);

  @Autowired MockMvc mvc;
  @Autowired Facilities facilities;

  private final JsonMapper json = JsonMapper.builder().build();

  private static GeoPoint north(double metres) {
    return new GeoPoint(
        CENTRE.latitude() + Math.toDegrees(metres / GeoPoint.EARTH_RADIUS_METRES),
        CENTRE.longitude());
  }

  private long add(FacilityType type, GeoPoint at) {
    return facilities.add(
        new NewFacility(type, "接口测试设施", "510104001001", "测试路", at, 20, "8:00-18:00", "助餐"), "test");
  }

  private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
    MvcResult result = mvc.perform(request).andReturn();
    ApiContract.assertConforms(mvc, result);
    return result;
  }

  private JsonNode body(MvcResult result) throws Exception {
    return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private static List<Long> ids(JsonNode list) {
    List<Long> ids = new ArrayList<>();
    list.forEach(n -> ids.add(n.get("id").asLong()));
    return ids;
  }

  @Test
  void facilitiesWithinTheRadiusNearestFirstAndTheDefaultIsOneKilometre() throws Exception {
    long at400 = add(FacilityType.MEAL_POINT, north(400));
    long at990 = add(FacilityType.DAY_CARE, north(990));
    long at1010 = add(FacilityType.MEAL_POINT, north(1010));
    long at2500 = add(FacilityType.MEAL_POINT, north(2500));

    MvcResult near =
        perform(
            get("/api/v1/public/elderly/facilities")
                .param("lat", "" + CENTRE.latitude())
                .param("lon", "" + CENTRE.longitude()));
    assertThat(near.getResponse().getStatus()).isEqualTo(200);
    assertThat(ids(body(near))).containsExactly(at400, at990);
    assertThat(body(near).get(0).get("distance").asLong()).isBetween(399L, 401L);
    assertThat(body(near).get(0).get("typeLabel").asString()).isEqualTo("助餐点");

    MvcResult wider =
        perform(
            get("/api/v1/public/elderly/facilities")
                .param("lat", "" + CENTRE.latitude())
                .param("lon", "" + CENTRE.longitude())
                .param("radius", "3000")
                .param("type", "MEAL_POINT"));
    assertThat(ids(body(wider))).containsExactly(at400, at1010, at2500);
  }

  @Test
  void aMissingOrImpossibleCoordinateIsAProblemNamingIt() throws Exception {
    MvcResult noLat = perform(get("/api/v1/public/elderly/facilities").param("lon", "104.0"));
    assertThat(noLat.getResponse().getStatus()).isEqualTo(400);
    assertThat(body(noLat).get("field").asString()).isEqualTo("lat");

    MvcResult badLon =
        perform(
            get("/api/v1/public/elderly/facilities").param("lat", "30.6").param("lon", "180.5"));
    assertThat(badLon.getResponse().getStatus()).isEqualTo(400);
    assertThat(body(badLon).get("field").asString()).isEqualTo("lon");
    assertThat(body(badLon).get("detail").asString()).contains("经度");
  }

  @Test
  void theServiceListInForceIsPublic() throws Exception {
    MvcResult list = perform(get("/api/v1/public/elderly/service-list"));
    assertThat(list.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(list).isArray()).isTrue();

    MvcResult badDay =
        perform(get("/api/v1/public/elderly/service-list").param("on", "2026-13-01"));
    assertThat(badDay.getResponse().getStatus()).isEqualTo(400);
  }
}
