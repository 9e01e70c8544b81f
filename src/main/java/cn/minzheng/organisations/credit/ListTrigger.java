package cn.minzheng.organisations.credit;

/**
 * The causes of a listing in 《社会组织信用信息管理办法》 (民政部令第60号): article 10 for the abnormal-activity list,
 * article 16 for the serious illegal and dishonest list.
 */
public enum ListTrigger {
  REPORT_NOT_FILED(CreditList.ABNORMAL, "未按照规定时限和要求报送年度工作报告", "《社会组织信用信息管理办法》第十条第一项"),
  RECTIFICATION_NOT_DONE(CreditList.ABNORMAL, "未按期完成限期整改", "《社会组织信用信息管理办法》第十条第三项"),
  SMALL_FINE(CreditList.ABNORMAL, "受到警告或者不满5万元罚款处罚", "《社会组织信用信息管理办法》第十条第五项"),
  UNREACHABLE(CreditList.ABNORMAL, "通过登记的住所无法取得联系", "《社会组织信用信息管理办法》第十条第六项"),
  ABNORMAL_TWO_YEARS(CreditList.SERIOUS, "被列入活动异常名录满2年", "《社会组织信用信息管理办法》第十六条第一项"),
  SUSPENSION_ORDER(CreditList.SERIOUS, "受到限期停止活动行政处罚", "《社会组织信用信息管理办法》第十六条第三项"),
  LARGE_FINE(CreditList.SERIOUS, "受到5万元以上罚款处罚", "《社会组织信用信息管理办法》第十六条第四项"),
  REVOKED(CreditList.SERIOUS, "被登记管理机关作出撤销登记处罚", "《社会组织信用信息管理办法》第十六条第七项");

  /** The two lists. */
  public enum CreditList {
    ABNORMAL("活动异常名录", "异", "《社会组织信用信息管理办法》第十一条"),
    SERIOUS("严重违法失信名单", "失", "《社会组织信用信息管理办法》第十九条");

    private final String label;
    private final String mark;
    private final String removalBasis;

    CreditList(String label, String mark, String removalBasis) {
      this.label = label;
      this.mark = mark;
      this.removalBasis = removalBasis;
    }

    public String label() {
      return label;
    }

    /** Character of the decision number (成民社组异…, 成民社组移异…). */
    String mark() {
      return mark;
    }

    public String removalBasis() {
      return removalBasis;
    }
  }

  private final CreditList list;
  private final String label;
  private final String legalBasis;

  ListTrigger(CreditList list, String label, String legalBasis) {
    this.list = list;
    this.label = label;
    this.legalBasis = legalBasis;
  }

  public CreditList list() {
    return list;
  }

  public String label() {
    return label;
  }

  public String legalBasis() {
    return legalBasis;
  }

  public static String labelOf(String name) {
    for (ListTrigger t : values()) {
      if (t.name().equals(name)) {
        return t.label;
      }
    }
    return name;
  }
}
