package cn.minzheng.placenames.naming;

/**
 * Categories of named places (地名管理条例 art. 2, a subset). {@code significant}: the name goes through
 * assessment, expert review and public consultation before approval (art. 14).
 */
public enum PlaceCategory {
  ROAD("道路", true),
  STREET("街巷", false),
  BRIDGE("桥梁", true),
  SQUARE("广场", true),
  PARK("公园", true),
  RESIDENTIAL("居民区", false),
  BUILDING("建筑物", false);

  public final String label;
  public final boolean significant;

  PlaceCategory(String label, boolean significant) {
    this.label = label;
    this.significant = significant;
  }

  public String label() {
    return label;
  }
}
