package cn.minzheng.funeral.config;

/** 殡仪馆 or 公墓. */
public enum FacilityKind {
  FUNERAL_HOME("殡仪馆"),
  CEMETERY("公墓");

  private final String label;

  FacilityKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
