package cn.minzheng.organisations.register;

import cn.minzheng.platform.Role;

/**
 * 登记管理机关: the city or the district bureau registers (and decides establishment, change and
 * deregistration); community organisations are filed at the street. The role that decides.
 */
public enum RegistrationLevel {
  CITY("市级登记", Role.CITY_ADMIN),
  DISTRICT("区（市）县登记", Role.DISTRICT_APPROVER),
  STREET("街道（乡镇）备案", Role.STREET_CASEWORKER);

  private final String label;
  private final Role decider;

  RegistrationLevel(String label, Role decider) {
    this.label = label;
    this.decider = decider;
  }

  public String label() {
    return label;
  }

  public Role decider() {
    return decider;
  }

  public static String labelOf(String name) {
    for (RegistrationLevel l : values()) {
      if (l.name().equals(name)) {
        return l.label;
      }
    }
    return name;
  }
}
