package cn.minzheng.monitoring.verification;

/** A verification that may not run (no signed authorisation on file); the message is Chinese. */
public class VerificationRefusedException extends IllegalArgumentException {

  public VerificationRefusedException(String message) {
    super(message);
  }
}
