package cn.minzheng.placenames.boundary;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Rectangles in longitude/latitude for the boundary tests. */
final class BoundaryShapes {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private BoundaryShapes() {}

  static Polygon box(double lon1, double lat1, double lon2, double lat2) {
    return FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(lon1, lat1),
          new Coordinate(lon2, lat1),
          new Coordinate(lon2, lat2),
          new Coordinate(lon1, lat2),
          new Coordinate(lon1, lat1)
        });
  }
}
