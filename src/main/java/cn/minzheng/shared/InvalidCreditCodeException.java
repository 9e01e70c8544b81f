package cn.minzheng.shared;

/** A string that is not a unified social credit code; the message is Chinese, for field errors. */
public class InvalidCreditCodeException extends RuntimeException {

  /** Why the code was refused. */
  public enum Reason {
    FORMAT("统一社会信用代码格式错误，应为18位数字或大写字母（不含I、O、S、V、Z）"),
    CHECK_CHAR("统一社会信用代码校验位错误");

    private final String message;

    Reason(String message) {
      this.message = message;
    }

    public String message() {
      return message;
    }
  }

  private final Reason reason;

  public InvalidCreditCodeException(Reason reason) {
    super(reason.message());
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
