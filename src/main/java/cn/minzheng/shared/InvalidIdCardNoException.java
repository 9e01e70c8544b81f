package cn.minzheng.shared;

/**
 * A string that is not a valid resident ID number. The message is Chinese and fit for a field
 * error; it never contains the number itself (personal data must not reach logs).
 */
public class InvalidIdCardNoException extends RuntimeException {

  /** Why the number was refused. */
  public enum Reason {
    FORMAT("身份证号码格式错误，应为18位（末位可为X）或15位数字"),
    CHECK_DIGIT("身份证号码校验位错误"),
    BIRTH_DATE("身份证号码中的出生日期无效"),
    FUTURE_BIRTH_DATE("身份证号码中的出生日期晚于今天");

    private final String message;

    Reason(String message) {
      this.message = message;
    }

    public String message() {
      return message;
    }
  }

  private final Reason reason;

  public InvalidIdCardNoException(Reason reason) {
    super(reason.message());
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
