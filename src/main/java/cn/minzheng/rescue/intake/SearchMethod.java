package cn.minzheng.rescue.intake;

/** Ways of looking for an unidentified person's identity (寻亲). */
public enum SearchMethod {
  FINGERPRINT("指纹比对"),
  DNA("DNA比对"),
  POLICE("公安核查"),
  MEDIA_NOTICE("寻亲公告");

  private final String label;

  SearchMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
