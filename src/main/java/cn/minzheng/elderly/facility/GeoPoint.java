package cn.minzheng.elderly.facility;

/** A WGS-84 point in decimal degrees. */
public record GeoPoint(double latitude, double longitude) {

  /** Mean Earth radius (IUGG), the radius of the haversine formula in the query. */
  public static final double EARTH_RADIUS_METRES = 6_371_008.8;

  public GeoPoint {
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException("经纬度超出范围");
    }
  }

  /** Degrees of latitude spanning {@code metres} (a meridian arc). */
  static double latitudeDegrees(double metres) {
    return Math.toDegrees(metres / EARTH_RADIUS_METRES);
  }

  /** Degrees of longitude spanning at least {@code metres} at this latitude. */
  double longitudeDegrees(double metres) {
    double cos = Math.max(Math.cos(Math.toRadians(Math.abs(latitude))), 0.01);
    return latitudeDegrees(metres) / cos;
  }
}
