package cn.minzheng.funeral.unidentified;

/** Where an unidentified body stands. */
public enum BodyState {
  NOTICE("认尸公告中"),
  IDENTIFIED("已认领（身份已查明）"),
  DISPOSED("公告期满已火化，骨灰存放");

  private final String label;

  BodyState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
