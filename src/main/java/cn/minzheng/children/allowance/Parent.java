package cn.minzheng.children.allowance;

/** Which parent a recorded situation is about. */
public enum Parent {
  FATHER("父亲"),
  MOTHER("母亲");

  private final String label;

  Parent(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
