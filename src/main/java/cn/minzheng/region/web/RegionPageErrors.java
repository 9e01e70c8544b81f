package cn.minzheng.region.web;

import cn.minzheng.platform.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/** Unknown codes on the region pages are a plain 404, like any missing record. */
@ControllerAdvice(assignableTypes = {RegionPages.class, RegionChanges.class})
class RegionPageErrors {

  @ExceptionHandler(RecordNotFoundException.class)
  void notFound(RecordNotFoundException e) {
    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "区划不存在");
  }
}
