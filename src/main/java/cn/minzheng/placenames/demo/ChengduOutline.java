package cn.minzheng.placenames.demo;

import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Demo geometry of the city: a coarse outline of 成都市 (WGS-84, a dozen vertices around the real
 * extent, 102.98°–104.90° E, 30.05°–31.42° N) and the approximate seats of government of the
 * county-level units and functional zones, the centres of their demo cells.
 */
final class ChengduOutline {

  static final String CITY = "510100000000";

  static Polygon city() {
    double[][] lonLat = {
      {103.05, 30.95}, {103.35, 31.30}, {103.75, 31.42}, {104.10, 31.25}, {104.45, 31.05},
      {104.75, 30.80}, {104.90, 30.45}, {104.75, 30.10}, {104.30, 30.05}, {103.85, 30.20},
      {103.45, 30.08}, {103.15, 30.35}, {102.98, 30.65}, {103.05, 30.95}
    };
    Coordinate[] ring = new Coordinate[lonLat.length];
    for (int i = 0; i < lonLat.length; i++) {
      ring[i] = new Coordinate(lonLat[i][0], lonLat[i][1]);
    }
    return new GeometryFactory().createPolygon(ring);
  }

  /** Seats of the county-level units and functional zones, as lon/lat by 12-digit code. */
  static Map<String, Coordinate> seats() {
    return Map.ofEntries(
        seat("510104", 30.6570, 104.0830),
        seat("510105", 30.6740, 104.0620),
        seat("510106", 30.6900, 104.0510),
        seat("510107", 30.6420, 104.0430),
        seat("510108", 30.6600, 104.1020),
        seat("510112", 30.5570, 104.2690),
        seat("510113", 30.8830, 104.2510),
        seat("510114", 30.8240, 104.1590),
        seat("510115", 30.6820, 103.8370),
        seat("510116", 30.5740, 103.9230),
        seat("510117", 30.8080, 103.8870),
        seat("510118", 30.4140, 103.8110),
        seat("510121", 30.8620, 104.4120),
        seat("510129", 30.5870, 103.5220),
        seat("510131", 30.1960, 103.5060),
        seat("510181", 30.9880, 103.6470),
        seat("510182", 30.9900, 103.9580),
        seat("510183", 30.4100, 103.4640),
        seat("510184", 30.6310, 103.6730),
        seat("510185", 30.3900, 104.5470),
        seat("510190", 30.5800, 104.0600),
        seat("510191", 30.4200, 104.0700),
        seat("510192", 30.3000, 104.4000));
  }

  private static Map.Entry<String, Coordinate> seat(String county, double lat, double lon) {
    return Map.entry(county + "000000", new Coordinate(lon, lat));
  }

  private ChengduOutline() {}
}
