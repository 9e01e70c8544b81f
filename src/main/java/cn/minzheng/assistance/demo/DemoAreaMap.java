package cn.minzheng.assistance.demo;

import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every community's street and county-level area (managing parents), as arrays for SQL. */
record DemoAreaMap(String[] codes, String[] streets, String[] areas) {

  static DemoAreaMap of(RegionQuery regions) {
    Map<String, RegionNode> byCode = new HashMap<>();
    regions.all().forEach(n -> byCode.put(n.code(), n));
    List<String> codes = new ArrayList<>();
    List<String> streets = new ArrayList<>();
    List<String> areas = new ArrayList<>();
    for (RegionNode n : byCode.values()) {
      if (n.level() != RegionLevel.COMMUNITY) {
        continue;
      }
      RegionNode street = byCode.get(n.parentCode());
      RegionNode area = street == null ? null : byCode.get(street.parentCode());
      if (area != null && area.level() == RegionLevel.COUNTY) {
        codes.add(n.code());
        streets.add(street.code());
        areas.add(area.code());
      }
    }
    return new DemoAreaMap(
        codes.toArray(String[]::new), streets.toArray(String[]::new), areas.toArray(String[]::new));
  }
}
