package cn.minzheng.children.allowance;

/**
 * A parent's situation as 民发〔2019〕62号 lists it. The six situations of the rule ({@link
 * #isOneOfTheSix}) make a child de-facto unsupported when both parents are in one of them, or when
 * one parent is dead or missing and the other is in one of them. Detention and loss of contact
 * count from six months.
 */
public enum ParentSituation {
  DECEASED("死亡", false, 0),
  MISSING("宣告失踪", false, 0),
  SEVERELY_DISABLED("重残", true, 0),
  SERIOUSLY_ILL("重病", true, 0),
  IMPRISONED("服刑在押", true, 6),
  COMPULSORY_REHAB("强制隔离戒毒", true, 6),
  OTHER_RESTRICTION("被执行其他限制人身自由的措施", true, 6),
  OUT_OF_CONTACT("失联", true, 6);

  private final String label;
  private final boolean oneOfTheSix;
  private final int minimumMonths;

  ParentSituation(String label, boolean oneOfTheSix, int minimumMonths) {
    this.label = label;
    this.oneOfTheSix = oneOfTheSix;
    this.minimumMonths = minimumMonths;
  }

  public String label() {
    return label;
  }

  /** One of the six situations of 民发〔2019〕62号 (not death or declared disappearance). */
  public boolean isOneOfTheSix() {
    return oneOfTheSix;
  }

  /** How long the situation must have lasted (months) on the day it is judged; 0: at once. */
  public int minimumMonths() {
    return minimumMonths;
  }

  /** Dead or declared missing: what makes an orphan when it is true of both parents. */
  public boolean isLoss() {
    return !oneOfTheSix;
  }
}
