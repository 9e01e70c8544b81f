package cn.minzheng.payments;

/**
 * A benefit programme paid through this module. The codes are rows of {@code payments.programme}
 * too, so that the database refuses an unknown programme.
 */
public enum Programme {
  /** 低保 (minimum living guarantee) */
  DIBAO("低保"),
  /** 特困人员供养 (extremely poor persons) */
  TEKUN("特困供养"),
  /** 临时救助 (temporary assistance, one-off) */
  LINSHI("临时救助"),
  /** 高龄津贴 (old-age allowance) */
  GAOLING("高龄津贴"),
  /** 困难残疾人生活补贴 */
  DISABILITY_LIVING("困难残疾人生活补贴"),
  /** 重度残疾人护理补贴 */
  DISABILITY_CARE("重度残疾人护理补贴"),
  /** 孤儿基本生活费 */
  ORPHAN("孤儿基本生活费"),
  /** 事实无人抚养儿童基本生活补贴 */
  UNSUPPORTED_CHILD("事实无人抚养儿童基本生活补贴"),
  /** 惠民殡葬补贴 (one-off per death, paid to the family's payee; module funeral) */
  FUNERAL("惠民殡葬补贴"),
  /** 社会组织专项资金 (a project grant, one-off per approved project; module organisations) */
  SPECIAL_FUND("社会组织专项资金"),
  /** 辅具租赁补贴 (the subsidy share of device rent, settled per month; module disability) */
  DEVICE_RENTAL("辅具租赁补贴");

  private final String label;

  Programme(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
