package cn.minzheng.socialwork.care;

/** What a social worker did for a person (社工关爱服务类别). */
public enum ServiceType {
  VISIT("走访探视"),
  COUNSELLING("心理疏导"),
  RESOURCE_LINKING("资源链接"),
  DAILY_CARE("生活照料协助"),
  POLICY_ADVICE("政策咨询与代办"),
  GROUP_ACTIVITY("小组或社区活动");

  private final String label;

  ServiceType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
