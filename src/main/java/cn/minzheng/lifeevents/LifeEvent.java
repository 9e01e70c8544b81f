package cn.minzheng.lifeevents;

/** The life events of the trail, with their Chinese names. */
public enum LifeEvent {
  REGISTERED("入库（出生或登记）"),
  MARRIAGE("结婚"),
  DIVORCE("离婚"),
  MARITAL_STATUS("婚姻状况变更"),
  HOUSEHOLD_CHANGE("家庭变动或迁移"),
  DISABILITY_RATING("残疾评定"),
  ASSISTANCE_START("纳入社会救助"),
  ASSISTANCE_END("退出社会救助"),
  EXISTENCE_CHECK("生存认证"),
  DEATH("死亡"),
  DEATH_WITHDRAWN("撤销死亡登记");

  private final String label;

  LifeEvent(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
