package cn.minzheng.registry.web;

import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.registry.DeathReportRejectedException;
import cn.minzheng.registry.domain.person.RegistryConflictException;
import cn.minzheng.registry.domain.validation.FieldError;
import cn.minzheng.registry.domain.validation.RegistryValidationException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for the registry API, naming the field, with a Chinese detail. */
@RestControllerAdvice(assignableTypes = {PersonApi.class, HouseholdApi.class, DeathReportApi.class})
class RegistryApiErrors {

  @ExceptionHandler(RegistryValidationException.class)
  ProblemDetail invalid(RegistryValidationException e) {
    return validation(e.errors());
  }

  @ExceptionHandler(DeathReportRejectedException.class)
  ProblemDetail deathRejected(DeathReportRejectedException e) {
    return validation(List.of(new FieldError(e.field(), e.getMessage())));
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

  @ExceptionHandler(RegistryConflictException.class)
  ProblemDetail conflict(RegistryConflictException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    p.setTitle("并发修改冲突");
    return p;
  }

  private static ProblemDetail validation(List<FieldError> errors) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            String.join("；", errors.stream().map(FieldError::message).toList()));
    p.setTitle("输入有误");
    p.setProperty("field", errors.get(0).field());
    p.setProperty(
        "errors",
        errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
    return p;
  }
}
