package cn.minzheng.socialwork.workforce;

/** The three levels of the national social-work qualification (社会工作者职业资格). */
public enum CertificateLevel {
  ASSISTANT("助理社会工作师"),
  INTERMEDIATE("社会工作师"),
  SENIOR("高级社会工作师");

  private final String label;

  CertificateLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
