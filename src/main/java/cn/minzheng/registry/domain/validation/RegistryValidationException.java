package cn.minzheng.registry.domain.validation;

import cn.minzheng.platform.InvalidInput;
import java.util.List;

/**
 * Input that breaks a registry rule; nothing was written. Pages show {@link #errors()} next to
 * their fields; the API answers it as the platform's 400 problem naming the fields.
 */
public class RegistryValidationException extends InvalidInput {

  private final transient List<FieldError> errors;

  /** At least one error: a refusal names its field. */
  public RegistryValidationException(List<FieldError> errors) {
    super(errors.stream().map(e -> new FieldMessage(e.field(), e.message())).toList());
    this.errors = List.copyOf(errors);
  }

  public static RegistryValidationException of(String field, String message) {
    return new RegistryValidationException(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
