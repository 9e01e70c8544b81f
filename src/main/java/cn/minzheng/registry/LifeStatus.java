package cn.minzheng.registry;

/** 生存状态. */
public enum LifeStatus {
  ALIVE("在世"),
  DECEASED("已故");

  private final String label;

  LifeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
