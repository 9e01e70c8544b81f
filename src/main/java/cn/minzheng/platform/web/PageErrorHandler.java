package cn.minzheng.platform.web;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.InvalidInput.FieldMessage;
import cn.minzheng.platform.ProblemException;
import cn.minzheng.platform.RecordNotFoundException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A record missing or out of scope shows the same Chinese 404 page. Input a page handler did not
 * bind into its own form (no {@code BindingResult}), and a refusal it did not catch, show the
 * Chinese reasons field by field on the 4xx page with their status, never a bare 400 or a 500.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

  private final ShellAdvice shell;

  PageErrorHandler(ShellAdvice shell) {
    this.shell = shell;
  }

  @ExceptionHandler(RecordNotFoundException.class)
  ModelAndView notFound(RecordNotFoundException e) {
    // Exception handlers get a fresh model: the shell has to be added again.
    ModelAndView page = new ModelAndView("error/404");
    page.addObject("shell", shell.shell());
    page.setStatus(HttpStatus.NOT_FOUND);
    return page;
  }

  @ExceptionHandler(BindException.class)
  ModelAndView unbindable(BindException e) {
    return refused(
        HttpStatus.BAD_REQUEST,
        e.getFieldErrors().stream()
            .map(
                error ->
                    new FieldMessage(
                        error.getField(),
                        error.getDefaultMessage() == null ? "取值无效" : error.getDefaultMessage()))
            .toList());
  }

  /** A query or path parameter that is not of its type or implausible (a date in 2099...). */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView unreadable(MethodArgumentTypeMismatchException e) {
    return refused(
        HttpStatus.BAD_REQUEST,
        List.of(new FieldMessage(e.getName(), InputMessages.of(e, e.getRequiredType()))));
  }

  @ExceptionHandler(ProblemException.class)
  ModelAndView refused(ProblemException e) {
    return refused(
        e.status(),
        e instanceof InvalidInput input
            ? input.fieldMessages()
            : List.of(new FieldMessage(e.field(), e.getMessage())));
  }

  private ModelAndView refused(HttpStatus status, List<FieldMessage> reasons) {
    ModelAndView page = new ModelAndView("error/4xx");
    page.addObject("shell", shell.shell());
    page.addObject("status", status.value());
    page.addObject("reasons", reasons);
    page.setStatus(status);
    return page;
  }
}
