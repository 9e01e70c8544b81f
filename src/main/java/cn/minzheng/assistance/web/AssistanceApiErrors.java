package cn.minzheng.assistance.web;

import cn.minzheng.assistance.cases.CaseRuleViolation;
import cn.minzheng.platform.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details of the assistance API, in Chinese. */
@RestControllerAdvice(assignableTypes = CaseApi.class)
class AssistanceApiErrors {

  @ExceptionHandler(CaseRuleViolation.class)
  ProblemDetail rule(CaseRuleViolation e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    p.setTitle("操作不被允许");
    p.setProperty("code", e.code());
    return p;
  }

  @ExceptionHandler(RecordNotFoundException.class)
  ProblemDetail notFound(RecordNotFoundException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "记录不存在。");
    p.setTitle("未找到");
    return p;
  }
}
