package cn.minzheng.registry.demo;

/** Sex as encoded in the ID number (GB/T 2261.1 codes: 1 male, 2 female). */
public enum DemoSex {
  MALE("1", "男"),
  FEMALE("2", "女");

  private final String code;
  private final String label;

  DemoSex(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public DemoSex opposite() {
    return this == MALE ? FEMALE : MALE;
  }

  /** Civil Code art. 1047: men may marry from 22, women from 20. */
  public int legalMarriageAge() {
    return this == MALE ? 22 : 20;
  }
}
