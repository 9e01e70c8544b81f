package cn.minzheng.disability.rehab;

/** Why a rehabilitation enrolment ended. */
public enum EndReason {
  GOAL_MET("康复目标达成"),
  REFERRED("转介医疗机构"),
  MOVED("迁出本辖区"),
  CONSENT_WITHDRAWN("本人或监护人撤回同意"),
  DIED("死亡"),
  OTHER("其他");

  private final String label;

  EndReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
