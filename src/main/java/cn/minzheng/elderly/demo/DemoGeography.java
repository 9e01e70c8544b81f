package cn.minzheng.elderly.demo;

import cn.minzheng.elderly.facility.GeoPoint;
import java.util.Map;

/**
 * Plausible demo positions: approximate centres of the central districts of Chengdu, and for the
 * others a point derived from the code within about 30 km of 天府广场. A community lies within about 3
 * km of its district's centre. Deterministic, so that a rerun gives the same map.
 */
final class DemoGeography {

  static final GeoPoint CITY_CENTRE = new GeoPoint(30.6570, 104.0659);

  private static final Map<String, GeoPoint> DISTRICTS =
      Map.of(
          "510104", new GeoPoint(30.6553, 104.0804),
          "510105", new GeoPoint(30.6739, 104.0617),
          "510106", new GeoPoint(30.6921, 104.0521),
          "510107", new GeoPoint(30.6423, 104.0433),
          "510108", new GeoPoint(30.6600, 104.1016));

  private DemoGeography() {}

  static GeoPoint districtCentre(String regionCode) {
    String district = regionCode.substring(0, 6);
    GeoPoint known = DISTRICTS.get(district);
    if (known != null) {
      return known;
    }
    return offset(CITY_CENTRE, district.hashCode(), 0.25);
  }

  static GeoPoint communityCentre(String communityCode) {
    return offset(districtCentre(communityCode), communityCode.hashCode(), 0.03);
  }

  /** A point of the community's circle: within about 600 m of its centre. */
  static GeoPoint near(GeoPoint centre, int seed) {
    return offset(centre, seed, 0.0055);
  }

  private static GeoPoint offset(GeoPoint from, int seed, double degrees) {
    java.util.Random r = new java.util.Random(seed);
    return new GeoPoint(
        from.latitude() + (r.nextDouble() * 2 - 1) * degrees,
        from.longitude() + (r.nextDouble() * 2 - 1) * degrees);
  }
}
