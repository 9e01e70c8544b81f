package cn.minzheng.registry;

/** 婚姻状况 (GB/T 2261.2 main classes: 10 未婚, 20 已婚, 30 丧偶, 40 离婚, 90 未说明). */
public enum MaritalStatus {
  UNMARRIED("未婚"),
  MARRIED("已婚"),
  WIDOWED("丧偶"),
  DIVORCED("离婚"),
  UNKNOWN("未说明");

  private final String label;

  MaritalStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
