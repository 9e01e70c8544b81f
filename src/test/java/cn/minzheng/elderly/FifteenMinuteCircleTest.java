package cn.minzheng.elderly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.minzheng.elderly.facility.Facilities;
import cn.minzheng.elderly.facility.Facilities.NewFacility;
import cn.minzheng.elderly.facility.Facility;
import cn.minzheng.elderly.facility.FacilityType;
import cn.minzheng.elderly.facility.GeoPoint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The "15-minute circle": facilities within 1 km great-circle distance. Known points are placed at
 * exact distances from a centre far from any other test data (a meridian arc of d metres is d / R
 * radians of latitude; along the parallel the great circle differs by less than a millimetre at 1
 * km).
 */
@SpringBootTest
class FifteenMinuteCircleTest {

  static final GeoPoint CENTRE = new GeoPoint(30.2, 103.2);
  static final double R = GeoPoint.EARTH_RADIUS_METRES;

  @Autowired Facilities facilities;

  @Test
  void findsFacilitiesWithinOneKilometreNearestFirstAndLeavesOutThoseBeyond() {
    long north500 = add(FacilityType.MEAL_POINT, north(500));
    long east990 = add(FacilityType.DAY_CARE, east(990));
    long east1010 = add(FacilityType.MEAL_POINT, east(1010));
    long south1200 = add(FacilityType.MEAL_POINT, north(-1200));
    // inside the bounding box's corner but 1.3 km away on the diagonal
    long corner =
        add(FacilityType.MEAL_POINT, new GeoPoint(north(950).latitude(), east(950).longitude()));

    List<Facility> found = facilities.within(CENTRE, 1000, List.of());

    assertThat(found).extracting(Facility::id).containsExactly(north500, east990);
    assertThat(found.get(0).distanceMetres()).isCloseTo(500L, within(1L));
    assertThat(found.get(1).distanceMetres()).isCloseTo(990L, within(1L));
    assertThat(found).extracting(Facility::id).doesNotContain(east1010, south1200, corner);
  }

  @Test
  void filtersByType() {
    GeoPoint centre = new GeoPoint(29.9, 102.9);
    long meal = add(FacilityType.MEAL_POINT, centre);
    add(FacilityType.DAY_CARE, centre);

    assertThat(facilities.within(centre, 1000, List.of(FacilityType.MEAL_POINT)))
        .extracting(Facility::id)
        .containsExactly(meal);
  }

  private static GeoPoint north(double metres) {
    return new GeoPoint(CENTRE.latitude() + Math.toDegrees(metres / R), CENTRE.longitude());
  }

  private static GeoPoint east(double metres) {
    double radians = metres / (R * Math.cos(Math.toRadians(CENTRE.latitude())));
    return new GeoPoint(CENTRE.latitude(), CENTRE.longitude() + Math.toDegrees(radians));
  }

  private long add(FacilityType type, GeoPoint at) {
    return facilities.add(
        new NewFacility(type, "测试设施", "510104001001", "测试路", at, 20, "8:00-18:00", "助餐"), "test");
  }
}
