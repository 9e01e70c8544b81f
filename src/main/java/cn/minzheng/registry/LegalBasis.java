package cn.minzheng.registry;

/** The legal basis under which a person's record is kept (PIPL art. 13). */
public enum LegalBasis {
  /** 履行法定职责 */
  STATUTORY_DUTY("履行法定职责"),
  /** 本人申请同意 */
  APPLICATION_CONSENT("本人申请同意"),
  /** 监护人同意 (children under 14) */
  GUARDIAN_CONSENT("监护人同意");

  private final String label;

  LegalBasis(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
