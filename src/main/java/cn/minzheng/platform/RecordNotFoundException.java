package cn.minzheng.platform;

/** A record that does not exist or lies outside the caller's data scope: answered with 404. */
public class RecordNotFoundException extends RuntimeException {

  public RecordNotFoundException(String what) {
    super(what);
  }
}
