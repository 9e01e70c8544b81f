package cn.minzheng.payments.domain;

import cn.minzheng.platform.ProblemException;
import org.springframework.http.HttpStatus;

/** An action the roster's state or the maker-checker rule does not allow (HTTP 409). */
public class RosterRuleViolation extends ProblemException {

  public RosterRuleViolation(String code, String message) {
    super(status(code), "操作不被允许", message, null, code);
  }

  /** A missing or malformed idempotency key is bad input; every other refusal a conflict. */
  private static HttpStatus status(String code) {
    return code.startsWith("idempotency-key") && !code.endsWith("reused")
        ? HttpStatus.BAD_REQUEST
        : HttpStatus.CONFLICT;
  }
}
