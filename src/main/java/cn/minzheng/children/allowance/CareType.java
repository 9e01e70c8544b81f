package cn.minzheng.children.allowance;

/** 养育方式: the care type decides the standard (机构养育 2,000 / 散居 1,400 yuan from 2023). */
public enum CareType {
  INSTITUTION("机构养育"),
  SCATTERED("散居（亲属或家庭养育）");

  private final String label;

  CareType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
