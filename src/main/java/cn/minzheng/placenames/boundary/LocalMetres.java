package cn.minzheng.placenames.boundary;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Longitude/latitude (WGS-84) to metres on a plane tangent at Chengdu's latitude (equirectangular:
 * x = lon × 111,320 m × cos 30.66°, y = lat × 110,574 m). Within the city (about 1.4° of latitude)
 * the scale error stays under 1 %, enough for areas measured against a tolerance of square metres.
 */
public final class LocalMetres {

  static final double LATITUDE = 30.66;
  static final double METRES_PER_DEGREE_LON = 111_320.0 * Math.cos(Math.toRadians(LATITUDE));
  static final double METRES_PER_DEGREE_LAT = 110_574.0;

  private static final AffineTransformation TO_METRES =
      AffineTransformation.scaleInstance(METRES_PER_DEGREE_LON, METRES_PER_DEGREE_LAT);
  private static final AffineTransformation TO_DEGREES =
      AffineTransformation.scaleInstance(1 / METRES_PER_DEGREE_LON, 1 / METRES_PER_DEGREE_LAT);

  private LocalMetres() {}

  public static Geometry toMetres(Geometry lonLat) {
    return TO_METRES.transform(lonLat);
  }

  public static Geometry toDegrees(Geometry metres) {
    return TO_DEGREES.transform(metres);
  }

  public static double areaM2(Geometry lonLat) {
    return toMetres(lonLat).getArea();
  }

  /** A point of the metric plane as {latitude, longitude}. */
  public static double[] latLon(Coordinate metres) {
    return new double[] {metres.y / METRES_PER_DEGREE_LAT, metres.x / METRES_PER_DEGREE_LON};
  }
}
