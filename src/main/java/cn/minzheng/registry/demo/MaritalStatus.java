package cn.minzheng.registry.demo;

/** Marital status with its GB/T 2261.2 code. */
public enum MaritalStatus {
  UNMARRIED("10", "未婚"),
  MARRIED("20", "已婚"),
  WIDOWED("30", "丧偶"),
  DIVORCED("40", "离婚");

  private final String code;
  private final String label;

  MaritalStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }
}
