package cn.minzheng.region.web;

import cn.minzheng.platform.RecordNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Unknown codes on the region pages: the ordinary 404 error page, like any missing record. */
@ControllerAdvice(assignableTypes = {RegionPages.class, RegionChanges.class})
class RegionPageErrors {

  @ExceptionHandler(RecordNotFoundException.class)
  void notFound(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
