package cn.minzheng.rescue.intake;

/** How a stay ended. */
public enum ExitKind {
  RETURNED_HOME("护送返乡（交接户籍地）"),
  PLACED("长期安置"),
  LEFT("自行离站"),
  DIED("死亡");

  private final String label;

  ExitKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
