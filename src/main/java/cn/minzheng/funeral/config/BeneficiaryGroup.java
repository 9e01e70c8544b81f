package cn.minzheng.funeral.config;

/**
 * The group whose basic-service relief applies to a death. Found when the case opens: 特困 or 低保 when
 * the deceased was paid in that programme in the month of death or the month before, a resident
 * when registered (户籍) in the city, otherwise none.
 */
public enum BeneficiaryGroup {
  TEKUN("特困人员"),
  UNIDENTIFIED("无名遗体"),
  DIBAO("低保对象"),
  RESIDENT("本市户籍居民"),
  NON_RESIDENT("非本市户籍");

  private final String label;

  BeneficiaryGroup(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Groups that relief rows can be configured for. */
  public boolean configurable() {
    return this != NON_RESIDENT;
  }
}
