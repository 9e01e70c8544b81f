package cn.minzheng.platform.account;

/** A refused account change, naming the form field and the Chinese reason. */
public class AccountRuleViolation extends RuntimeException {

  private final String field;

  public AccountRuleViolation(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
