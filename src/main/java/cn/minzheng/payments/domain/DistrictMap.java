package cn.minzheng.payments.domain;

import cn.minzheng.platform.RegionFilter;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which district (county-level node) every region code belongs to, following the managing parent
 * (so that a street of a functional zone lands in the zone's roster). Handed to SQL as two arrays.
 */
@Component
class DistrictMap {

  private final RegionQuery regions;

  DistrictMap(RegionQuery regions) {
    this.regions = regions;
  }

  /** Codes and their districts, only districts the filter permits. */
  Pairs within(RegionFilter scope) {
    List<RegionNode> all = regions.all();
    Map<String, RegionNode> byCode = new HashMap<>();
    all.forEach(n -> byCode.put(n.code(), n));
    List<String> codes = new ArrayList<>();
    List<String> districts = new ArrayList<>();
    for (RegionNode node : all) {
      String district = districtOf(node, byCode);
      if (district != null && scope.permits(district)) {
        codes.add(node.code());
        districts.add(district);
      }
    }
    return new Pairs(codes.toArray(String[]::new), districts.toArray(String[]::new));
  }

  private static String districtOf(RegionNode node, Map<String, RegionNode> byCode) {
    RegionNode current = node;
    while (current != null && current.level() != RegionLevel.COUNTY) {
      current = current.parentCode() == null ? null : byCode.get(current.parentCode());
    }
    return current == null ? null : current.code();
  }

  /**
   * {@code codes[i]} lies in {@code districts[i]}. Filters use {@link #distinctDistricts()}: an
   * {@code = any(...)} over the thousands of repeated entries, evaluated per line, once cost
   * seconds per roster run.
   */
  record Pairs(String[] codes, String[] districts) {

    String[] distinctDistricts() {
      return java.util.Arrays.stream(districts).distinct().toArray(String[]::new);
    }
  }
}
