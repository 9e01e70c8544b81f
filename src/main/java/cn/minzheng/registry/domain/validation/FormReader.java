package cn.minzheng.registry.domain.validation;

import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads text fields of a form or import row and collects Chinese field errors on the way. */
public final class FormReader {
  private final List<FieldError> errors = new ArrayList<>();

  public void error(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  public List<FieldError> errorsList() {
    return errors;
  }

  public boolean hasError(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new RegistryValidationException(errors);
    }
  }

  public LocalDate date(String field, String label, String value) {
    String text = trimToNull(value);
    if (text == null) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      error(field, label + "格式不正确（应为yyyy-MM-dd）");
      return null;
    }
    var implausible = PlausibleDate.problem(date, PlausibleDate.Span.ANY, ChinaTime.today());
    implausible.ifPresent(message -> error(field, label + "：" + message));
    return implausible.isPresent() ? null : date;
  }

  public <E extends Enum<E>> E enumValue(
      String field, String label, Class<E> type, String value, E fallback) {
    String text = trimToNull(value);
    if (text == null) {
      return fallback;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text) || text.equals(labelOf(constant))) {
        return constant;
      }
    }
    error(field, label + "的取值无效：" + text);
    return fallback;
  }

  private static String labelOf(Enum<?> constant) {
    try {
      return (String) constant.getClass().getMethod("label").invoke(constant);
    } catch (ReflectiveOperationException e) {
      return constant.name();
    }
  }

  public static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public static String trimToNull(String s) {
    return blank(s) ? null : s.strip();
  }
}
