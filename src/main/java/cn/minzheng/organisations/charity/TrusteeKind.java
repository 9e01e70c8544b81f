package cn.minzheng.organisations.charity;

/** Who may be the trustee of a charitable trust (慈善法 art. 46). */
public enum TrusteeKind {
  CHARITY_ORGANISATION("慈善组织"),
  TRUST_COMPANY("信托公司");

  private final String label;

  TrusteeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
