package cn.minzheng.payments.web;

import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.payments.domain.ReturnFileRejected;
import cn.minzheng.payments.domain.RosterRuleViolation;
import cn.minzheng.platform.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details of the payments API, in Chinese. */
@RestControllerAdvice(assignableTypes = RosterApi.class)
class PaymentsApiErrors {

  @ExceptionHandler(RosterRuleViolation.class)
  ProblemDetail rule(RosterRuleViolation e) {
    HttpStatus status =
        e.code().startsWith("idempotency-key") && !e.code().endsWith("reused")
            ? HttpStatus.BAD_REQUEST
            : HttpStatus.CONFLICT;
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    p.setTitle("操作不被允许");
    p.setProperty("code", e.code());
    return p;
  }

  @ExceptionHandler(MonthLockedException.class)
  ProblemDetail locked(MonthLockedException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    p.setTitle("名册已审核");
    return p;
  }

  @ExceptionHandler(ReturnFileRejected.class)
  ProblemDetail rejected(ReturnFileRejected e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setTitle("回盘文件有误");
    p.setProperty("errors", e.errors());
    return p;
  }

  @ExceptionHandler(RecordNotFoundException.class)
  ProblemDetail notFound(RecordNotFoundException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "记录不存在。");
    p.setTitle("未找到");
    return p;
  }
}
