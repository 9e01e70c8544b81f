package cn.minzheng.region;

/** Level in the division tree, top down. */
public enum RegionLevel {
  CITY("市级"),
  COUNTY("区县级"),
  STREET("街道（乡镇）级"),
  COMMUNITY("社区（村）级");

  private final String label;

  RegionLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The level of a node's children, or null below communities. */
  public RegionLevel below() {
    return this == COMMUNITY ? null : values()[ordinal() + 1];
  }
}
