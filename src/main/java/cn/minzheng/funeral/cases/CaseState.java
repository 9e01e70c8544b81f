package cn.minzheng.funeral.cases;

/** Where a subsidy case stands. */
public enum CaseState {
  OPEN("待家属申请"),
  APPLIED("已申请，待核算"),
  PROPOSED("已核算，待审核"),
  APPROVED("已审核，已发放"),
  WITHDRAWN("已撤回（死亡登记撤销）");

  private final String label;

  CaseState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
