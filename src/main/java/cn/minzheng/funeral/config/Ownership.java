package cn.minzheng.funeral.config;

/** 公益性 (public, non-profit) or 经营性 (operating). */
public enum Ownership {
  PUBLIC("公益性"),
  OPERATING("经营性");

  private final String label;

  Ownership(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
