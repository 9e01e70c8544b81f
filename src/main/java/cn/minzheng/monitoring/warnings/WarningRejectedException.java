package cn.minzheng.monitoring.warnings;

/** A lifecycle step that does not apply to the warning's state; the message is Chinese. */
public class WarningRejectedException extends RuntimeException {

  public WarningRejectedException(String message) {
    super(message);
  }
}
