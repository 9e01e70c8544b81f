package cn.minzheng.payments.domain;

import cn.minzheng.platform.ProblemException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A return file refused as a whole, with its row errors (line numbers of the file). */
public class ReturnFileRejected extends ProblemException {

  private final transient List<String> errors;

  public ReturnFileRejected(List<String> errors) {
    super(HttpStatus.BAD_REQUEST, "回盘文件有误", String.join("；", errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }

  @Override
  protected Map<String, Object> properties() {
    return Map.of("errors", errors);
  }
}
