package cn.minzheng.placenames;

import cn.minzheng.region.RegionLevel;
import java.util.Optional;

/**
 * Region boundaries for other modules: which region a point (WGS-84 latitude/longitude) lies in, by
 * the boundaries in force today. A point on an edge shared by two regions belongs to the one with
 * the smaller code. Empty when no boundary covers the point (or none is recorded).
 */
public interface Boundaries {

  Optional<String> regionAt(RegionLevel level, double latitude, double longitude);

  /** The community (village) the point lies in. */
  default Optional<String> communityAt(double latitude, double longitude) {
    return regionAt(RegionLevel.COMMUNITY, latitude, longitude);
  }
}
