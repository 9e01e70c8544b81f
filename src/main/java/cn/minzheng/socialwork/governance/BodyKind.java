package cn.minzheng.socialwork.governance;

/** The kinds of community self-governance records (issue 19, 居民自治). */
public enum BodyKind {
  COUNCIL("居民议事会"),
  ORGANISATION_PILOT("社区组织试点"),
  COMPOUND("小区复合型组织（党组织+业委会+物业）"),
  SERVICE_PILOT("社区公共服务试点");

  private final String label;

  BodyKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The kind named by {@code value}, or null when it names none. */
  public static BodyKind parse(String value) {
    for (BodyKind k : values()) {
      if (k.name().equals(value)) {
        return k;
      }
    }
    return null;
  }
}
