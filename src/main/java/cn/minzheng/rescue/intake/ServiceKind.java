package cn.minzheng.rescue.intake;

/** Services during a stay (办法第六条): food, lodging, medical treatment, clothing, the ticket home. */
public enum ServiceKind {
  FOOD("提供食物"),
  LODGING("提供住处"),
  MEDICAL("医疗救治"),
  CLOTHING("提供衣物"),
  TRANSPORT("乘车凭证（返乡交通）");

  private final String label;

  ServiceKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
