package cn.minzheng.rescue.intake;

/** Sex as it appears for an unidentified person. */
public enum ApparentSex {
  MALE("男"),
  FEMALE("女"),
  UNKNOWN("不详");

  private final String label;

  ApparentSex(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
