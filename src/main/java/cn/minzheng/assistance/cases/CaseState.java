package cn.minzheng.assistance.cases;

/** The states of a case (最低生活保障审核确认办法, 民发〔2021〕57号). */
public enum CaseState {
  APPLIED("已申请"),
  ACCEPTED("已受理"),
  VERIFIED("已核对"),
  INVESTIGATED("已入户调查"),
  PUBLICITY("公示中"),
  OBJECTED("异议处理中"),
  TOWNSHIP_APPROVED("待县级确认"),
  CONFIRMED("纳入保障"),
  REFUSED("不予纳入"),
  ENDED("已终止");

  private final String label;

  CaseState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Still in the procedure: counts against the 30-working-day limit. */
  public boolean open() {
    return this != CONFIRMED && this != REFUSED && this != ENDED;
  }
}
