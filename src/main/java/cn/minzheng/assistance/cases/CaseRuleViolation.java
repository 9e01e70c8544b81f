package cn.minzheng.assistance.cases;

import cn.minzheng.platform.ProblemException;
import org.springframework.http.HttpStatus;

/** A workflow rule refused an action; the message is in Chinese and shown as it is. */
public class CaseRuleViolation extends ProblemException {

  public CaseRuleViolation(String code, String message) {
    super(HttpStatus.CONFLICT, "操作不被允许", message, null, code);
  }
}
