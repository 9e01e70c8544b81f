package cn.minzheng.placenames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.placenames.boundary.BoundaryService;
import cn.minzheng.placenames.boundary.GeoJson;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionQuery;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 区划界线 pages and API through MockMvc: a street of 锦江区 and its communities imported as GeoJSON,
 * re-imported later (the earlier boundaries kept as history), an overlapping and a gapped file
 * refused with the regions named, point lookup, export scoped to the caller's subtree. Each test is
 * rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class BoundaryWebTest {

  static final String STREET = "510104001000";
  static final String OTHER_STREET = "510104002000";

  @Autowired MockMvc mvc;
  @Autowired RegionQuery regions;
  @Autowired BoundaryService boundaries;

  private static RequestPostProcessor staff(Role role, String region) {
    return authentication(
        StaffAuthentication.of(new StaffUser(9, "bnd-" + role, "测试人员", region, Set.of(role))));
  }

  private Map<String, Geometry> streetPartition() {
    return BoundaryFixtures.streetPartition(regions, STREET);
  }

  private static String file(Map<String, Geometry> shapes) {
    return GeoJson.write(
        shapes.entrySet().stream()
            .map(e -> new GeoJson.Shape(e.getKey(), Map.of(), e.getValue()))
            .toList());
  }

  private ResultActions upload(String geoJson, String validFrom, Role role) throws Exception {
    return mvc.perform(
        multipart("/placenames/boundaries/import")
            .file(
                new MockMultipartFile(
                    "file",
                    "street.geojson",
                    "application/geo+json",
                    geoJson.getBytes(StandardCharsets.UTF_8)))
            .param("validFrom", validFrom)
            .with(staff(role, "510100000000"))
            .with(csrf()));
  }

  private String firstCommunity() {
    return regions.children(STREET).get(0).code();
  }

  @Test
  void anImportedStreetResolvesAPointAndAReimportKeepsTheEarlierBoundary() throws Exception {
    Map<String, Geometry> partition = streetPartition();

    upload(file(partition), "2024-01-01", Role.CITY_ADMIN)
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash().attribute("message", containsString("已导入 " + partition.size() + " 条界线")));
    upload(file(partition), "2025-07-01", Role.SYSTEM_ADMIN).andExpect(status().is3xxRedirection());

    String community = firstCommunity();
    Point inside = partition.get(community).getInteriorPoint();
    mvc.perform(
            get("/api/v1/placenames/locate")
                .param("lat", String.valueOf(inside.getY()))
                .param("lon", String.valueOf(inside.getX()))
                .with(staff(Role.COMMUNITY_WORKER, community)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].code").value(STREET))
        .andExpect(jsonPath("$[1].code").value(community))
        .andExpect(jsonPath("$[1].level").value("COMMUNITY"));
    mvc.perform(
            get("/api/v1/placenames/boundaries/{code}/history", community)
                .with(staff(Role.STREET_CASEWORKER, STREET)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].validFrom").value("2025-07-01"))
        .andExpect(jsonPath("$[0].validTo").doesNotExist())
        .andExpect(jsonPath("$[1].validFrom").value("2024-01-01"))
        .andExpect(jsonPath("$[1].validTo").value("2025-07-01"));
  }

  @Test
  void everyCommunityHasAMarkerPointInsideItAndPointsResolveBackToIt() throws Exception {
    Map<String, Geometry> partition = streetPartition();
    upload(file(partition), "2024-01-01", Role.CITY_ADMIN).andExpect(status().is3xxRedirection());
    List<cn.minzheng.placenames.Boundaries.LatLon> markers = new ArrayList<>();
    List<String> communities = new ArrayList<>();
    for (var e : partition.entrySet()) {
      if (e.getKey().equals(STREET)) {
        continue;
      }
      var at = boundaries.pointIn(e.getKey()).orElseThrow();
      assertThat(
              e.getValue()
                  .covers(
                      new GeometryFactory()
                          .createPoint(new Coordinate(at.longitude(), at.latitude()))))
          .isTrue();
      markers.add(at);
      communities.add(e.getKey());
    }
    assertThat(boundaries.communitiesAt(markers))
        .containsExactlyElementsOf(communities.stream().map(java.util.Optional::of).toList());
    // a point outside every boundary resolves to nothing
    assertThat(
            boundaries.communitiesAt(
                List.of(new cn.minzheng.placenames.Boundaries.LatLon(0.5, 0.5))))
        .containsExactly(java.util.Optional.empty());
    String community = communities.get(0);
    mvc.perform(
            get("/api/v1/placenames/boundaries/{code}/point", community)
                .with(staff(Role.COMMUNITY_WORKER, community)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.latitude").value(markers.get(0).latitude()));
    mvc.perform(
            get("/api/v1/placenames/boundaries/{code}/point", "510199999999")
                .with(staff(Role.COMMUNITY_WORKER, community)))
        .andExpect(status().isNotFound());
  }

  @Test
  void anOverlappingFileIsRefusedNamingBothCommunitiesAndNothingIsStored() throws Exception {
    Map<String, Geometry> partition = new LinkedHashMap<>(streetPartition());
    String community = firstCommunity();
    // grown by about 100 m all round: it overlaps its neighbours and reaches outside the street
    partition.put(community, partition.get(community).buffer(0.001));

    upload(file(partition), "2024-01-01", Role.CITY_ADMIN)
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash()
                .attribute(
                    "importErrors",
                    org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.allOf(
                            containsString(community), containsString("重叠")))))
        .andExpect(
            flash()
                .attribute("importErrors", org.hamcrest.Matchers.hasItem(containsString("超出上级"))));

    assertThat(boundaries.history(community)).isEmpty();
  }

  @Test
  void aGappedFileIsRefusedNamingTheStreet() throws Exception {
    Map<String, Geometry> partition = new LinkedHashMap<>(streetPartition());
    String community = firstCommunity();
    partition.put(community, partition.get(community).buffer(-0.001));

    upload(file(partition), "2024-01-01", Role.CITY_ADMIN)
        .andExpect(
            flash()
                .attribute(
                    "importErrors",
                    org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.allOf(
                            containsString("（" + STREET + "）内有未被下级覆盖的空隙"),
                            containsString(community)))));
  }

  @Test
  void onlyCityAndSystemAdministratorsImport() throws Exception {
    upload(file(streetPartition()), "2024-01-01", Role.DISTRICT_APPROVER)
        .andExpect(status().isForbidden());
  }

  @Test
  void exportHoldsTheCallersSubtreeOnlyAndTheHistoryOfAnotherStreetIsNotFound() throws Exception {
    upload(file(streetPartition()), "2024-01-01", Role.CITY_ADMIN);
    String community = firstCommunity();

    mvc.perform(get("/placenames/boundaries/export").with(staff(Role.STREET_CASEWORKER, STREET)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", containsString("application/geo+json")))
        .andExpect(content().string(containsString(community)));
    mvc.perform(
            get("/placenames/boundaries/export").with(staff(Role.STREET_CASEWORKER, OTHER_STREET)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString(community))));
    mvc.perform(
            get("/placenames/boundaries/{code}", community)
                .with(staff(Role.STREET_CASEWORKER, OTHER_STREET)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/placenames/boundaries/{code}", community)
                .with(staff(Role.STREET_CASEWORKER, STREET)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2024-01-01")));
  }

  @Test
  void theMapLayerIsCachedGeoJsonOfTheLevelAndTheOverviewShowsTheCheck() throws Exception {
    upload(file(streetPartition()), "2024-01-01", Role.CITY_ADMIN);

    mvc.perform(get("/public/placenames/boundaries").param("level", "STREET").param("zoom", "12"))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", containsString("max-age=600")))
        .andExpect(jsonPath("$.features[?(@.properties.code == '" + STREET + "')]").exists());
    mvc.perform(get("/placenames/boundaries").with(staff(Role.COMMUNITY_WORKER, STREET)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("检查结果")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("导入界线"))));
  }
}
