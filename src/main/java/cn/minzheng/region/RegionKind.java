package cn.minzheng.region;

import java.util.Arrays;

/** 区划类别: what kind of unit a node is; its label is what staff see and what is stored. */
public enum RegionKind {
  CITY_PREFECTURE("市", RegionLevel.CITY),
  DISTRICT("区", RegionLevel.COUNTY),
  COUNTY("县", RegionLevel.COUNTY),
  COUNTY_LEVEL_CITY("县级市", RegionLevel.COUNTY),
  /** 功能区 (managing area without a GB/T 2260 code): 高新区, 天府新区直管区, 东部新区. */
  FUNCTIONAL_ZONE("功能区", RegionLevel.COUNTY),
  SUBDISTRICT("街道", RegionLevel.STREET),
  TOWN("镇", RegionLevel.STREET),
  TOWNSHIP("乡", RegionLevel.STREET),
  RESIDENTS_COMMITTEE("社区", RegionLevel.COMMUNITY),
  VILLAGE("村", RegionLevel.COMMUNITY);

  private final String label;
  private final RegionLevel level;

  RegionKind(String label, RegionLevel level) {
    this.label = label;
    this.level = level;
  }

  public String label() {
    return label;
  }

  public RegionLevel level() {
    return level;
  }

  public static RegionKind ofLabel(String label) {
    return Arrays.stream(values())
        .filter(kind -> kind.label.equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown region kind"));
  }
}
