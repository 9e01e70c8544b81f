package cn.minzheng.payments.domain;

/** An action the roster's state or the maker-checker rule does not allow (HTTP 409). */
public class RosterRuleViolation extends RuntimeException {

  private final String code;

  public RosterRuleViolation(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
