package cn.minzheng.assistance.standards;

/** A standard version the rules refuse; the message names the field, in Chinese. */
public class StandardRejected extends RuntimeException {

  public StandardRejected(String message) {
    super(message);
  }
}
