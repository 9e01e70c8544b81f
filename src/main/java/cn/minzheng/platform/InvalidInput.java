package cn.minzheng.platform;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.validation.Errors;

/**
 * Input refused field by field: 400 "输入有误", the detail joins the Chinese messages, {@code field}
 * names the first field and {@code errors} lists every one.
 */
@NamedInterface("problems")
public class InvalidInput extends ProblemException {

  private final transient List<FieldMessage> errors;

  public InvalidInput(List<FieldMessage> errors) {
    super(
        HttpStatus.BAD_REQUEST,
        "输入有误",
        String.join("；", errors.stream().map(FieldMessage::message).toList()),
        errors.get(0).field(),
        null);
    this.errors = List.copyOf(errors);
  }

  public InvalidInput(String field, String message) {
    this(List.of(new FieldMessage(field, message)));
  }

  /**
   * For handlers that bind with an {@code Errors} parameter so that the role is checked before the
   * input is judged (a refused role gets 403, never a field message): throws when binding failed.
   */
  public static void rejectIfAny(Errors binding) {
    if (binding.hasFieldErrors()) {
      throw new InvalidInput(
          binding.getFieldErrors().stream()
              .map(
                  e ->
                      new FieldMessage(
                          e.getField(),
                          e.getDefaultMessage() == null ? "取值无效" : e.getDefaultMessage()))
              .toList());
    }
  }

  public List<FieldMessage> fieldMessages() {
    return errors;
  }

  @Override
  protected Map<String, Object> properties() {
    return Map.of(
        "errors",
        errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
  }

  /** One refused field and its Chinese message. */
  public record FieldMessage(String field, String message) {}
}
