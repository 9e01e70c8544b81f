package cn.minzheng.registry.web;

import cn.minzheng.platform.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Pages: a record that does not exist or lies outside the caller's scope is a plain 404. */
@ControllerAdvice(
    assignableTypes = {
      PersonListPage.class,
      PersonDetailPage.class,
      PersonFormPage.class,
      PersonExport.class,
      HouseholdPages.class,
      HouseholdActions.class,
      ImportPage.class
    })
class RegistryPageErrors {

  @ExceptionHandler(RecordNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "registry/not-found";
  }
}
