package cn.minzheng.children.allowance;

/** 申请 → 街道审核 → 区县审批 (批准/不予批准); an approved case ends by death, age or decision. */
public enum CaseState {
  APPLIED("待街道审核"),
  PROPOSED("待区县审批"),
  APPROVED("已批准发放"),
  REJECTED("不予批准"),
  ENDED("已停发");

  private final String label;

  CaseState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
