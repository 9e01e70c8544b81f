package cn.minzheng.lifeevents.checklist;

/** Where a checklist step stands, as the family reports it. */
public enum StepStatus {
  OPEN("待办理"),
  DONE("已办理"),
  NOT_APPLICABLE("不涉及");

  private final String label;

  StepStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
