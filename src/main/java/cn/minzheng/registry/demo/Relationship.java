package cn.minzheng.registry.demo;

/** Relationship to the household head with its GB/T 4761-2008 code. */
public enum Relationship {
  HEAD("02", "户主"),
  SPOUSE("10", "配偶"),
  SON("20", "子"),
  SON_IN_LAW("28", "女婿"),
  DAUGHTER("30", "女"),
  DAUGHTER_IN_LAW("38", "儿媳"),
  GRANDSON("41", "孙子"),
  GRANDDAUGHTER("42", "孙女"),
  FATHER("51", "父亲"),
  MOTHER("52", "母亲"),
  OTHER("99", "其他");

  private final String code;
  private final String label;

  Relationship(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  static Relationship child(DemoSex sex) {
    return sex == DemoSex.MALE ? SON : DAUGHTER;
  }

  static Relationship parent(DemoSex sex) {
    return sex == DemoSex.MALE ? FATHER : MOTHER;
  }

  static Relationship grandchild(DemoSex sex) {
    return sex == DemoSex.MALE ? GRANDSON : GRANDDAUGHTER;
  }
}
