package cn.minzheng.lifeevents.checklist;

/** The other departments' steps after a death (§8), with who does them and what to bring. */
public enum ChecklistStep {
  HUKOU("户籍注销", "公安派出所", "居民死亡医学证明、户口簿、死者居民身份证"),
  PENSION("养老保险待遇停发及丧葬补助金、抚恤金申领", "社保经办机构（人社局）", "死亡证明、申领人身份证、亲属关系证明"),
  MEDICAL_INSURANCE("医疗保险账户注销及个人账户余额继承", "医保经办机构（医保局）", "死亡证明、继承人身份证、亲属关系证明"),
  HOUSING_FUND("住房公积金提取（继承）", "住房公积金中心", "死亡证明、继承人身份证、继承权公证或证明"),
  DRIVING_LICENCE("机动车驾驶证注销", "公安交通管理部门", "死亡证明、驾驶证（如有）");

  private final String label;
  private final String office;
  private final String materials;

  ChecklistStep(String label, String office, String materials) {
    this.label = label;
    this.office = office;
    this.materials = materials;
  }

  public String label() {
    return label;
  }

  public String office() {
    return office;
  }

  public String materials() {
    return materials;
  }
}
