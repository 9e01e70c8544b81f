package cn.minzheng.payments.domain;

/**
 * What an approver must look at on a roster line (docs/domain-rules.md "Roster exceptions"). Each
 * is a condition on the line as drafted; {@code :monthly} says whether the roster's programme pays
 * every month (only then do "new" and "changed" against last month mean anything).
 */
public enum LineException {
  NO_ACCOUNT("无收款账户", "danger", "l.account_issue = 'MISSING'"),
  INVALID_ACCOUNT("账号校验不通过", "danger", "l.account_issue = 'INVALID'"),
  DECEASED("已故", "danger", "l.died_on is not null"),
  AMOUNT_CHANGED(
      "金额较上月变化",
      "warning",
      ":monthly and l.kind = 'REGULAR' and l.previous_amount is not null"
          + " and l.previous_amount <> l.amount"),
  NEW("本月新增", "info", ":monthly and l.kind = 'REGULAR' and l.previous_amount is null");

  private final String label;
  private final String colour;
  private final String condition;

  LineException(String label, String colour, String condition) {
    this.label = label;
    this.colour = colour;
    this.condition = condition;
  }

  public String label() {
    return label;
  }

  /** Bootstrap colour of the tag. */
  public String colour() {
    return colour;
  }

  /** The SQL condition on {@code payments.roster_line l}. */
  String condition() {
    return condition;
  }

  /** Held: the line stays out of every bank file until its payee has a valid account. */
  public boolean holdsPayment() {
    return this == NO_ACCOUNT || this == INVALID_ACCOUNT;
  }
}
