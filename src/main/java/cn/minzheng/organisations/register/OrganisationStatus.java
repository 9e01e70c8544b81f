package cn.minzheng.organisations.register;

/** 登记状态. */
public enum OrganisationStatus {
  NORMAL("正常"),
  RECTIFYING("限期整改"),
  DEREGISTERED("已注销"),
  REVOKED("已撤销登记");

  private final String label;

  OrganisationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static String labelOf(String name) {
    for (OrganisationStatus s : values()) {
      if (s.name().equals(name)) {
        return s.label;
      }
    }
    return name;
  }
}
