package cn.minzheng.payments.domain;

import java.util.List;

/** A return file refused as a whole, with its row errors (line numbers of the file). */
public class ReturnFileRejected extends RuntimeException {

  private final List<String> errors;

  public ReturnFileRejected(List<String> errors) {
    super(String.join("；", errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }
}
