package cn.minzheng.registry;

/** 与户主关系. */
public enum Relationship {
  HEAD("户主"),
  SPOUSE("配偶"),
  SON("子"),
  DAUGHTER("女"),
  PARENT("父母"),
  GRANDCHILD("孙子女"),
  SIBLING("兄弟姐妹"),
  OTHER("其他");

  private final String label;

  Relationship(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
