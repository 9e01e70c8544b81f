package cn.minzheng.elderly;

import static cn.minzheng.registry.RegistryTestData.STREET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.elderly.facility.Facilities;
import cn.minzheng.elderly.facility.Facilities.NewFacility;
import cn.minzheng.elderly.facility.FacilityType;
import cn.minzheng.elderly.facility.GeoPoint;
import cn.minzheng.placenames.BoundaryFixtures;
import cn.minzheng.placenames.boundary.BoundaryService;
import cn.minzheng.region.RegionQuery;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The facility map resolves a facility's community by the boundaries: a facility registered with
 * one community but standing inside another's polygon is shown in the one it stands in; a facility
 * outside every boundary keeps its registered community, marked so; a community asked for is
 * centred on a point inside its boundary. Everything is rolled back at the end.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FacilityCommunityTest {

  static final String COMMUNITY = "510104001001";
  static final String REGISTERED = "510104001002";

  @Autowired MockMvc mvc;
  @Autowired Facilities facilities;
  @Autowired BoundaryService boundaryService;
  @Autowired RegionQuery regions;
  @Autowired TransactionTemplate transaction;

  @Test
  void aFacilityIsShownInTheCommunityItsPositionLiesIn() {
    Map<String, Geometry> partition = BoundaryFixtures.streetPartition(regions, STREET);
    Point inside = partition.get(COMMUNITY).getCentroid();
    transaction.executeWithoutResult(
        status -> {
          try {
            boundaryService.recordGenerated(partition, LocalDate.of(2024, 1, 1));
            long within = meal("界线内助餐点（测试）", inside.getY(), inside.getX());
            // 0.05° north of the street's square: outside every recorded boundary
            long outside = meal("界线外助餐点（测试）", 30.7200, 104.0650);

            String near = json("lat=" + inside.getY() + "&lon=" + inside.getX() + "&radius=100");
            assertThat(field(near, within, "community")).isEqualTo(COMMUNITY);
            assertThat(field(near, within, "byBoundary")).isEqualTo(true);
            assertThat(field(near, within, "communityName"))
                .isEqualTo(regions.find(COMMUNITY).orElseThrow().name());

            String far = json("lat=30.7200&lon=104.0650&radius=100");
            assertThat(field(far, outside, "community")).isEqualTo(REGISTERED);
            assertThat(field(far, outside, "byBoundary")).isEqualTo(false);

            // a community asked for: its centre lies inside its polygon
            String centred = json("community=" + COMMUNITY);
            double lat = ((Number) JsonPath.read(centred, "$.lat")).doubleValue();
            double lon = ((Number) JsonPath.read(centred, "$.lon")).doubleValue();
            assertThat(
                    partition
                        .get(COMMUNITY)
                        .covers(new GeometryFactory().createPoint(new Coordinate(lon, lat))))
                .isTrue();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          } finally {
            status.setRollbackOnly();
          }
        });
  }

  private String json(String query) throws Exception {
    return mvc.perform(get("/public/elderly/facilities?" + query))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static Object field(String json, long id, String name) {
    List<Object> found = JsonPath.read(json, "$.facilities[?(@.id == " + id + ")]." + name);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private long meal(String name, double lat, double lon) {
    return facilities.add(
        new NewFacility(
            FacilityType.MEAL_POINT,
            name,
            REGISTERED,
            "锦江区测试路",
            new GeoPoint(lat, lon),
            40,
            "11:00-13:00",
            "助餐"),
        "test");
  }
}
