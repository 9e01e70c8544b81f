package cn.minzheng.funeral.halls;

/** 综合 (full-service) or 便民 (small, convenience) memorial hall, as the brief counts them. */
public enum HallKind {
  COMPREHENSIVE("综合告别厅"),
  CONVENIENCE("便民告别厅");

  private final String label;

  HallKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
