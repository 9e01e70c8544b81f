package cn.minzheng.monitoring.web;

import cn.minzheng.platform.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for the monitoring API, with the field named and a Chinese detail. */
@RestControllerAdvice(assignableTypes = {FeedApi.class, WarningApi.class})
class MonitoringApiErrors {

  @ExceptionHandler(FeedApiException.class)
  ProblemDetail invalid(FeedApiException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setTitle("输入有误");
    p.setProperty("field", e.field());
    return p;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求内容无法解析，请检查JSON格式和字段类型");
    p.setTitle("请求格式错误");
    return p;
  }

  @ExceptionHandler(RecordNotFoundException.class)
  ProblemDetail notFound(RecordNotFoundException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "记录不存在");
    p.setTitle("未找到");
    return p;
  }
}
