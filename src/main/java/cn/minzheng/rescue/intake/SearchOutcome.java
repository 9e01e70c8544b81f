package cn.minzheng.rescue.intake;

/** Where an identity search stands. */
public enum SearchOutcome {
  PENDING("查找中"),
  FOUND("已查明"),
  NOT_FOUND("未查明");

  private final String label;

  SearchOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
