package cn.minzheng.shared;

/** An ID number that is not valid per GB 11643; the message is Chinese, for the user. */
public class InvalidIdCardNoException extends IllegalArgumentException {

  public InvalidIdCardNoException(String message) {
    super(message);
  }
}
