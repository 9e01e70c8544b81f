package cn.minzheng.elderly.allowance;

/** How a 生存认证 was done. */
public enum VerificationMethod {
  SELF("本人认证"),
  FAMILY("家属代为认证"),
  VISIT("社区工作人员走访"),
  SILENT("静默认证（部门数据）");

  private final String label;

  VerificationMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
