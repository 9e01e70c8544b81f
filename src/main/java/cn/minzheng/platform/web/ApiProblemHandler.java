package cn.minzheng.platform.web;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.ProblemException;
import cn.minzheng.platform.RecordNotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * RFC 9457 problem details for every error of a REST controller, for every module: a module's
 * refusals are {@link ProblemException}s; validation errors list each field with its Chinese
 * message; a record out of scope is 404 like a missing one.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(ApiProblemHandler.ORDER)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

  /**
   * No catch-all {@code RuntimeException} handler here: a refusal is a {@link ProblemException};
   * anything else ends at {@code /error}, which answers a 500 problem detail ({@link
   * ProblemErrorController}). Ahead of {@code PageErrorHandler}, whose {@code @Controller} filter
   * also matches REST controllers: an API caller gets a problem detail, never the HTML page.
   */
  static final int ORDER = Ordered.LOWEST_PRECEDENCE - 1;

  @ExceptionHandler(RecordNotFoundException.class)
  ProblemDetail notFound(RecordNotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "记录不存在。");
    problem.setTitle("未找到");
    return problem;
  }

  @ExceptionHandler(ProblemException.class)
  ProblemDetail refused(ProblemException e) {
    return e.toProblemDetail();
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "当前身份无权执行此操作。");
    problem.setTitle("无权访问");
    return problem;
  }

  /**
   * A body that is not JSON answers in general terms; a value of the wrong type or out of range
   * names its field (the JSON path, e.g. {@code members[1].birthDate}) with the Chinese message
   * forms give.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
        String message =
            mismatch instanceof PlausibleJson.Refused refused
                ? refused.reason()
                : InputMessages.unreadable(mismatch.getTargetType());
        return ResponseEntity.badRequest()
            .body(new InvalidInput(pathOf(mismatch), message).toProblemDetail());
      }
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求内容无法解析，请检查JSON格式和字段类型");
    problem.setTitle("请求格式错误");
    return ResponseEntity.badRequest().body(problem);
  }

  /** A query or path parameter that is not of its type, or implausible, names itself. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field =
        e instanceof MethodArgumentTypeMismatchException argument
            ? argument.getName()
            : e.getPropertyName();
    return ResponseEntity.badRequest()
        .body(new InvalidInput(field, InputMessages.of(e, e.getRequiredType())).toProblemDetail());
  }

  private static String pathOf(MismatchedInputException mismatch) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference step : mismatch.getPath()) {
      if (step.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "提交的数据未通过校验。");
    problem.setTitle("数据校验失败");
    List<Map<String, String>> errors =
        e.getBindingResult().getFieldErrors().stream().map(ApiProblemHandler::fieldError).toList();
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  private static Map<String, String> fieldError(FieldError error) {
    return Map.of(
        "field",
        error.getField(),
        "message",
        error.getDefaultMessage() == null ? "取值无效" : error.getDefaultMessage());
  }
}
