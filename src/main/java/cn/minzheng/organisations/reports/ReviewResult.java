package cn.minzheng.organisations.reports;

/** 年度报告审查结论. */
public enum ReviewResult {
  QUALIFIED("合格"),
  BASICALLY_QUALIFIED("基本合格"),
  UNQUALIFIED("不合格");

  private final String label;

  ReviewResult(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static String labelOf(String name) {
    for (ReviewResult r : values()) {
      if (r.name().equals(name)) {
        return r.label;
      }
    }
    return name == null ? "待审查" : name;
  }
}
