package cn.minzheng.socialwork.opendays;

/** The state of an open-day registration (mirrors the booking engine's reservation). */
public enum RegistrationStatus {
  BOOKED("已报名"),
  CANCELLED("已取消"),
  ATTENDED("已到场"),
  NO_SHOW("未到场");

  private final String label;

  RegistrationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String getLabel() {
    return label;
  }
}
