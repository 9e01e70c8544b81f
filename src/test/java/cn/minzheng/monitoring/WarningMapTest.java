package cn.minzheng.monitoring;

import static cn.minzheng.monitoring.MonitoringTestData.importLines;
import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.DISTRICT;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.monitoring.feeds.FeedImports;
import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.monitoring.register.LowIncomeRegister;
import cn.minzheng.monitoring.register.LowIncomeRegister.Inclusion;
import cn.minzheng.monitoring.register.RegisterCategory;
import cn.minzheng.placenames.Boundaries;
import cn.minzheng.placenames.BoundaryFixtures;
import cn.minzheng.placenames.boundary.BoundaryService;
import cn.minzheng.platform.Role;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The warning map over the region boundaries: a community with a boundary has its marker at a point
 * inside its polygon (the point resolves back to it), a community without one falls back to an
 * estimated position marked as such, and the boundary layer the page draws holds the polygons of
 * the caller's scope only. The boundaries are recorded in a transaction rolled back at the end.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WarningMapTest {

  /**
   * A community of the street that gets boundaries, and one of the sibling street that has none.
   */
  static final String COMMUNITY = "510104001001";

  static final String SIBLING_STREET = "510104002000";
  static final String SIBLING_COMMUNITY = "510104002001";

  @Autowired MockMvc mvc;
  @Autowired FeedImports imports;
  @Autowired RegistryFixtures registry;
  @Autowired LowIncomeRegister register;
  @Autowired BoundaryService boundaryService;
  @Autowired Boundaries boundaries;
  @Autowired RegionQuery regions;
  @Autowired TransactionTemplate transaction;

  @Test
  void markersStandInsideTheirCommunityOrSayTheyAreEstimatedAndTheLayerIsScoped() {
    warningIn(COMMUNITY);
    warningIn(SIBLING_COMMUNITY);
    Map<String, Geometry> partition = BoundaryFixtures.streetPartition(regions, STREET);
    transaction.executeWithoutResult(
        status -> {
          boundaryService.recordGenerated(partition, LocalDate.of(2024, 1, 1));
          try {
            String markers =
                body("/monitoring/warnings/map.json", DISTRICT, Role.DISTRICT_APPROVER);

            // inside: the marker is the community's interior point, covered by its polygon
            double lat = number(markers, "$[?(@.code == '" + COMMUNITY + "')].lat");
            double lon = number(markers, "$[?(@.code == '" + COMMUNITY + "')].lon");
            assertThat(flag(markers, COMMUNITY)).isFalse();
            assertThat(boundaries.communityAt(lat, lon)).contains(COMMUNITY);
            assertThat(
                    partition
                        .get(COMMUNITY)
                        .covers(new GeometryFactory().createPoint(new Coordinate(lon, lat))))
                .isTrue();
            // no boundary recorded: estimated, and no boundary covers the estimated point's
            // community
            assertThat(flag(markers, SIBLING_COMMUNITY)).isTrue();

            // the base layer: the street's own communities for its caseworker, none for the sibling
            String own = body(layer(), STREET, Role.STREET_CASEWORKER);
            String sibling = body(layer(), SIBLING_STREET, Role.STREET_CASEWORKER);
            String city = body(layer(), CITY, Role.CITY_ADMIN);
            List<String> ownCodes = JsonPath.read(own, "$.features[*].properties.code");
            List<String> siblingCodes = JsonPath.read(sibling, "$.features[*].properties.code");
            List<String> cityCodes = JsonPath.read(city, "$.features[*].properties.code");
            assertThat(ownCodes).contains(COMMUNITY).allMatch(c -> c.startsWith("510104001"));
            assertThat(siblingCodes).noneMatch(c -> c.startsWith("510104001"));
            assertThat(cityCodes).containsAll(ownCodes);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          } finally {
            status.setRollbackOnly();
          }
        });
  }

  private static String layer() {
    return "/api/v1/placenames/boundaries?level=COMMUNITY&zoom=14";
  }

  private String body(String url, String region, Role role) throws Exception {
    return mvc.perform(get(url).with(authentication(auth(region, role))))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static double number(String json, String path) {
    List<Number> found = JsonPath.read(json, path);
    assertThat(found).hasSize(1);
    return found.get(0).doubleValue();
  }

  private static boolean flag(String json, String code) {
    List<Boolean> found = JsonPath.read(json, "$[?(@.code == '" + code + "')].estimated");
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  /** An open warning in the community: a 特困 person whose new vehicle the feed reports. */
  private void warningIn(String community) {
    Person r = registry.person("地图" + community.substring(9), community);
    long hh = registry.household(community, r);
    register.include(
        new Inclusion(
            r.id(),
            hh,
            community,
            RegisterCategory.TEKUN,
            "MANUAL",
            "测试",
            null,
            LocalDate.of(2025, 1, 1)),
        "test");
    try {
      importLines(
          imports,
          FeedType.VEHICLE,
          r.idNumber()
              + ",2025-05-05,70000,川A"
              + ThreadLocalRandom.current().nextInt(10000, 99999));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
