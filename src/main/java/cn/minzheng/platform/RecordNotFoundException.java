package cn.minzheng.platform;

import org.springframework.modulith.NamedInterface;

/** A record that does not exist or lies outside the caller's data scope: answered with 404. */
@NamedInterface("security")
public class RecordNotFoundException extends RuntimeException {

  public RecordNotFoundException(String what) {
    super(what);
  }
}
