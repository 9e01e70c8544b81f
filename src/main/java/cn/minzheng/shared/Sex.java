package cn.minzheng.shared;

/** 性别, as encoded in the ID number: odd 17th digit male, even female (GB 11643). */
public enum Sex {
  MALE("男"),
  FEMALE("女");

  private final String label;

  Sex(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
