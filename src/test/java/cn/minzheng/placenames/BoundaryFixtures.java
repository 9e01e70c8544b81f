package cn.minzheng.placenames;

import cn.minzheng.placenames.demo.VoronoiBoundaries;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Boundaries for tests: a street as a 0.03° square near 104.06° E, 30.65° N, split among its
 * communities.
 */
public final class BoundaryFixtures {

  private BoundaryFixtures() {}

  /**
   * The street and each of its communities in force today (Voronoi cells clipped to the square).
   */
  public static Map<String, Geometry> streetPartition(RegionQuery regions, String street) {
    List<RegionNode> family = new ArrayList<>();
    family.add(regions.find(street).orElseThrow());
    regions.children(street).stream()
        .filter(n -> n.activeOn(ChinaTime.today()))
        .forEach(family::add);
    Geometry square =
        new GeometryFactory()
            .createPolygon(
                new Coordinate[] {
                  new Coordinate(104.05, 30.64),
                  new Coordinate(104.08, 30.64),
                  new Coordinate(104.08, 30.67),
                  new Coordinate(104.05, 30.67),
                  new Coordinate(104.05, 30.64)
                });
    return VoronoiBoundaries.generate(family, street, square, Map.of());
  }
}
