package cn.minzheng.funeral.cases;

/** How a case came to be. */
public enum OpenedVia {
  DEATH("死亡登记自动立案"),
  COUNTER("窗口申请"),
  PORTAL("网上申请"),
  SERVICE_RECORD("殡仪馆服务记录");

  private final String label;

  OpenedVia(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
