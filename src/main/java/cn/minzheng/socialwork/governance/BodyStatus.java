package cn.minzheng.socialwork.governance;

/** Where a council, pilot or compound organisation stands. */
public enum BodyStatus {
  PLANNED("筹建中"),
  ACTIVE("运行中"),
  CONCLUDED("已结束");

  private final String label;

  BodyStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The status named by {@code value}, or null when it names none. */
  public static BodyStatus parse(String value) {
    for (BodyStatus s : values()) {
      if (s.name().equals(value)) {
        return s;
      }
    }
    return null;
  }
}
