package cn.minzheng.elderly.servicelist;

/** The three categories of the national basic elderly-care service list. */
public enum ServiceCategory {
  MATERIAL("物质帮助"),
  CARE("照护服务"),
  CARING("关爱服务");

  private final String label;

  ServiceCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
