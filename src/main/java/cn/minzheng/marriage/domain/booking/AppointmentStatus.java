package cn.minzheng.marriage.domain.booking;

public enum AppointmentStatus {
  BOOKED("已预约", true),
  CHECKED_IN("已签到", true),
  CANCELLED("已取消", false),
  NO_SHOW("未到场", false),
  COMPLETED("已办结", false);

  private final String label;
  private final boolean active;

  AppointmentStatus(String label, boolean active) {
    this.label = label;
    this.active = active;
  }

  public String label() {
    return label;
  }

  /** Active appointments hold a seat and block the parties from another booking. */
  public boolean active() {
    return active;
  }
}
