package cn.minzheng.registry.demo;

import java.util.List;

/** One generated household: its community, address and 1-6 members, the head first. */
public record DemoHousehold(
    long householdNo, String regionCode, String address, List<DemoPerson> members) {

  public DemoPerson head() {
    return members.get(0);
  }
}
