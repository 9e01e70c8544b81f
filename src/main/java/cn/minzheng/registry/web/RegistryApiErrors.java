package cn.minzheng.registry.web;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.InvalidInput.FieldMessage;
import cn.minzheng.platform.ProblemException;
import cn.minzheng.registry.domain.person.RegistryConflictException;
import cn.minzheng.registry.domain.validation.RegistryValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Translates the two refusals of {@code registry.domain} that are not yet {@link ProblemException}s
 * into the platform's problem details; every other API error is answered by the platform's handler.
 * Goes once those exceptions extend {@link InvalidInput} and {@link ProblemException}.
 */
@RestControllerAdvice(assignableTypes = {PersonApi.class, HouseholdApi.class, DeathReportApi.class})
class RegistryApiErrors {

  @ExceptionHandler(RegistryValidationException.class)
  ProblemDetail invalid(RegistryValidationException e) {
    return new InvalidInput(
            e.errors().stream().map(f -> new FieldMessage(f.field(), f.message())).toList())
        .toProblemDetail();
  }

  @ExceptionHandler(RegistryConflictException.class)
  ProblemDetail conflict(RegistryConflictException e) {
    return new ProblemException(HttpStatus.CONFLICT, "并发修改冲突", e.getMessage()).toProblemDetail();
  }
}
