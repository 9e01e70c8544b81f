package cn.minzheng.placenames.boundary;

import static cn.minzheng.placenames.boundary.BoundaryShapes.box;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** Point in polygon: a point on a shared edge belongs to the region with the smaller code. */
class BoundaryIndexTest {

  static final String WEST = "510104001001";
  static final String EAST = "510104001002";

  @Test
  void aPointInsideResolvesToItsCommunityAndOutsideToNothing() {
    BoundaryIndex index = index(WEST, EAST);

    assertThat(index.locate(30.605, 104.005)).contains(WEST);
    assertThat(index.locate(30.605, 104.015)).contains(EAST);
    assertThat(index.locate(30.605, 104.025)).isEmpty();
  }

  @Test
  void aPointOnTheSharedEdgeGoesToTheSmallerCodeWhateverTheLoadingOrder() {
    // 104.01° E is the edge between the two; so is the corner 30.61° N on it
    assertThat(index(WEST, EAST).locate(30.605, 104.01)).contains(WEST);
    assertThat(index(EAST, WEST).locate(30.605, 104.01)).contains(WEST);
    assertThat(index(EAST, WEST).locate(30.61, 104.01)).contains(WEST);
  }

  private static BoundaryIndex index(String first, String second) {
    Map<String, Geometry> shapes = new LinkedHashMap<>();
    for (String code : new String[] {first, second}) {
      shapes.put(
          code,
          code.equals(WEST)
              ? box(104.00, 30.60, 104.01, 30.61)
              : box(104.01, 30.60, 104.02, 30.61));
    }
    return new BoundaryIndex(shapes);
  }
}
