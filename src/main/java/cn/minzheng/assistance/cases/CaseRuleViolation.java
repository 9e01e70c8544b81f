package cn.minzheng.assistance.cases;

/** A workflow rule refused an action; the message is in Chinese and shown as it is. */
public class CaseRuleViolation extends RuntimeException {

  private final String code;

  public CaseRuleViolation(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
