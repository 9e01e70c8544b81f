package cn.minzheng.portal.codes;

/** No way to deliver one-time codes is configured. */
public class CodeDeliveryUnavailableException extends RuntimeException {

  public CodeDeliveryUnavailableException() {
    super("no one-time code sender configured");
  }
}
