package cn.minzheng.registry;

/** A death report whose date cannot be right; the message is Chinese and names the field. */
public class DeathReportRejectedException extends RuntimeException {

  private final String field;

  public DeathReportRejectedException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
