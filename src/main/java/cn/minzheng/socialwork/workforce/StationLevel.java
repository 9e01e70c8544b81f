package cn.minzheng.socialwork.workforce;

/** A station sits at a street (镇街社工站) or a community (村社社工室). */
public enum StationLevel {
  STREET("街道（乡镇）社工站"),
  COMMUNITY("社区（村）社工室");

  private final String label;

  StationLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
