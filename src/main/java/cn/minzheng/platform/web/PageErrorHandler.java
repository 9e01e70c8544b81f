package cn.minzheng.platform.web;

import cn.minzheng.platform.RecordNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A record missing or out of scope shows the same Chinese 404 page. */
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
}
