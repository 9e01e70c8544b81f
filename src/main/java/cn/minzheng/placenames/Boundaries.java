package cn.minzheng.placenames;

import cn.minzheng.region.RegionLevel;
import java.util.List;
import java.util.Optional;

/**
 * Region boundaries for other modules: which region a point (WGS-84 latitude/longitude) lies in, by
 * the boundaries in force today, and where to draw a region on a map. A point on an edge shared by
 * two regions belongs to the one with the smaller code. Empty when no boundary covers the point (or
 * none is recorded). The elderly facility map resolves a facility's community with {@link
 * #communityAt}; the monitoring warning map puts a community's marker at {@link #pointIn} instead
 * of an approximate centre.
 */
public interface Boundaries {

  /** A WGS-84 position. */
  record LatLon(double latitude, double longitude) {}

  Optional<String> regionAt(RegionLevel level, double latitude, double longitude);

  /** The community (village) the point lies in. */
  default Optional<String> communityAt(double latitude, double longitude) {
    return regionAt(RegionLevel.COMMUNITY, latitude, longitude);
  }

  /** The communities of many points (a map's markers), in their order. */
  default List<Optional<String>> communitiesAt(List<LatLon> points) {
    return points.stream().map(p -> communityAt(p.latitude(), p.longitude())).toList();
  }

  /**
   * A point inside the region's boundary in force (JTS interior point: inside even for a concave or
   * split region), where a map puts the region's marker; empty when no boundary is recorded.
   */
  Optional<LatLon> pointIn(String regionCode);
}
