package cn.minzheng.elderly;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.elderly.facility.Facilities;
import cn.minzheng.elderly.facility.Facilities.NewFacility;
import cn.minzheng.elderly.facility.FacilityType;
import cn.minzheng.elderly.facility.GeoPoint;
import cn.minzheng.placenames.BoundaryFixtures;
import cn.minzheng.placenames.boundary.BoundaryService;
import cn.minzheng.region.RegionQuery;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Journey: a citizen finds the meal points near 春熙路 on the public map, a far one left out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FacilityMapBrowserTest extends BrowserTestSupport {

  @Autowired Facilities facilities;
  @Autowired BoundaryService boundaries;
  @Autowired RegionQuery regions;

  @Test
  void aCitizenFindsTheMealPointsNearAnAddress() {
    // 春熙路 is at 30.655300, 104.080400 in the gazetteer; 0.003° of latitude is about 334 m.
    long near = meal("春熙助餐点（测试）", new GeoPoint(30.658300, 104.080400));
    long far = meal("远处助餐点（测试）", new GeoPoint(30.700000, 104.080400));

    page.navigate("/public/elderly/map");
    page.getByTestId("map-address").fill("春熙路");
    page.getByTestId("map-type").selectOption("MEAL_POINT");
    page.getByTestId("map-submit").click();

    assertThat(page.getByTestId("map-place")).containsText("春熙路");
    assertThat(page.getByTestId("facility-" + near)).containsText("助餐点");
    assertThat(page.getByTestId("facility-" + near)).containsText("334 米");
    assertThat(page.getByTestId("facility-" + far)).hasCount(0);
    assertThat(page.locator(".leaflet-container")).isVisible();
    assertThat(page.locator("path.mz-MEAL_POINT").first()).isVisible();
  }

  /**
   * The map draws the community polygons of the region boundaries as its base layer (no tile
   * server) and a facility's popup names the community its position lies in.
   */
  @Test
  void theMapDrawsTheCommunityBoundariesAndNamesTheFacilitysCommunity() {
    Map<String, Geometry> partition = BoundaryFixtures.streetPartition(regions, "510104001000");
    boundaries.recordGenerated(partition, LocalDate.of(2024, 1, 1));
    Point inside = partition.get("510104001001").getCentroid();
    meal("界线内助餐点（浏览器测试）", new GeoPoint(inside.getY(), inside.getX()));

    page.navigate("/public/elderly/map");
    page.getByTestId("map-address").fill(regions.find("510104001001").orElseThrow().name());
    page.getByTestId("map-submit").click();

    assertThat(page.locator(".leaflet-container")).isVisible();
    // the base layer: the community polygons, drawn as SVG paths
    assertThat(page.getByTestId("map"))
        .hasAttribute("data-boundaries-shown", Pattern.compile("[1-9]\\d*"));
    assertThat(page.getByTestId("facility-community").first()).containsText("所在社区");
  }

  private long meal(String name, GeoPoint at) {
    return facilities.add(
        new NewFacility(
            FacilityType.MEAL_POINT, name, "510104001001", "锦江区测试路", at, 40, "11:00-13:00", "助餐"),
        "test");
  }
}
