package cn.minzheng.monitoring.register;

/** Who is in the low-income register (低收入人口动态监测). */
public enum RegisterCategory {
  DIBAO("低保"),
  TEKUN("特困"),
  MARGINAL("低保边缘"),
  RIGID_EXPENDITURE("刚性支出困难"),
  RELAPSE_RISK("防返贫监测");

  private final String label;

  RegisterCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
