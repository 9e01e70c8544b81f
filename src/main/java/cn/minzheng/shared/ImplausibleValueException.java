package cn.minzheng.shared;

/**
 * A value typed by a person or sent by another system that cannot be read, or lies outside what
 * anybody could mean; the message is the Chinese reason, to be shown next to the field.
 */
public class ImplausibleValueException extends IllegalArgumentException {

  public ImplausibleValueException(String message) {
    super(message);
  }
}
