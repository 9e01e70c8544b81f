package cn.minzheng.marriage.domain.booking;

public enum AppointmentType {
  MARRIAGE("结婚登记"),
  DIVORCE("离婚登记");

  private final String label;

  AppointmentType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
