package cn.minzheng.registry.demo;

import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The communities and villages the demo population lives in, read from the region tree. */
final class DemoCommunities {

  private static final String CITY = "510100000000";

  private DemoCommunities() {}

  /**
   * Every community/village not retired on {@code day}, walking down from the city. Functional
   * zones' communities carry the statutory county their ID numbers use.
   */
  static List<DemoCommunity> current(RegionQuery regions, LocalDate day) {
    List<DemoCommunity> communities = new ArrayList<>();
    Deque<String> pending = new ArrayDeque<>(List.of(CITY));
    while (!pending.isEmpty()) {
      for (RegionNode node : regions.children(pending.pop())) {
        if (node.retiredOn(day)) {
          continue;
        }
        if (node.level() == RegionLevel.COMMUNITY) {
          String county =
              node.statutoryCountyCode() != null ? node.statutoryCountyCode() : node.countyPart();
          communities.add(new DemoCommunity(node.code(), county));
        } else {
          pending.push(node.code());
        }
      }
    }
    return communities;
  }
}
