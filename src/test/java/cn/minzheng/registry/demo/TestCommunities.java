package cn.minzheng.registry.demo;

import java.util.ArrayList;
import java.util.List;

/** A stand-in for the region tree's 3,045 communities/villages, for tests without a database. */
final class TestCommunities {

  private static final String[] COUNTIES = {
    "510104", "510105", "510106", "510107", "510108", "510112", "510113", "510114", "510115",
    "510116", "510117", "510118", "510121", "510129", "510131", "510181", "510182", "510183",
    "510184", "510185"
  };

  private TestCommunities() {}

  /** 20 counties x 13 streets x ~11.7 communities: the urban ones 社区, the outer ones half 村. */
  static List<DemoCommunity> chengdu() {
    List<DemoCommunity> communities = new ArrayList<>();
    int index = 0;
    for (int c = 0; c < COUNTIES.length; c++) {
      for (int street = 1; street <= 13; street++) {
        for (int n = 1; n <= 12 && index < 3045; n++, index++) {
          boolean village = c >= 5 && n > 6;
          int number = village ? 200 + n : n;
          communities.add(
              DemoCommunity.of(COUNTIES[c] + String.format("%03d%03d", street, number)));
        }
      }
    }
    return communities;
  }
}
