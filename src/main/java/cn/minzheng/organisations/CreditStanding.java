package cn.minzheng.organisations;

/**
 * Where an organisation stands on the credit lists of 民政部令第60号 today: the serious list wins over
 * the abnormal list when both hold it.
 */
public enum CreditStanding {
  NONE("未列入"),
  ABNORMAL("活动异常名录"),
  SERIOUS("严重违法失信名单");

  private final String label;

  CreditStanding(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
