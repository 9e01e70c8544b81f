package cn.minzheng.registry.domain.validation;

import java.util.List;

/** Input that breaks a registry rule; nothing was written. */
public class RegistryValidationException extends RuntimeException {

  private final transient List<FieldError> errors;

  public RegistryValidationException(List<FieldError> errors) {
    super(errors.isEmpty() ? "invalid" : errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public static RegistryValidationException of(String field, String message) {
    return new RegistryValidationException(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
