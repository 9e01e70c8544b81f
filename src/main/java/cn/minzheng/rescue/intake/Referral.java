package cn.minzheng.rescue.intake;

/** Who brought the person to the station. */
public enum Referral {
  SELF("自行求助"),
  POLICE("公安护送"),
  URBAN_MANAGEMENT("城管护送"),
  PUBLIC("群众引导"),
  OUTREACH("街面巡查"),
  OTHER("其他");

  private final String label;

  Referral(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
