package cn.minzheng.payments.domain;

/** 发放名册 states: forward only. */
public enum RosterState {
  DRAFT("草稿", "secondary"),
  APPROVED("已审核", "primary"),
  SENT("已报送银行", "warning"),
  RECONCILED("已对账", "success");

  private final String label;
  private final String colour;

  RosterState(String label, String colour) {
    this.label = label;
    this.colour = colour;
  }

  public String label() {
    return label;
  }

  /** Bootstrap colour of the status tag. */
  public String colour() {
    return colour;
  }
}
