package cn.minzheng.children.web;

import cn.minzheng.platform.InvalidInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The field messages of an {@link InvalidInput}, as the form fragment's fieldErrors map. */
final class PageErrors {

  private PageErrors() {}

  static Map<String, String> of(InvalidInput e) {
    Map<String, String> errors = new LinkedHashMap<>();
    Object list =
        e.toProblemDetail().getProperties() == null
            ? null
            : e.toProblemDetail().getProperties().get("errors");
    if (list instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof Map<?, ?> m) {
          errors.putIfAbsent(String.valueOf(m.get("field")), String.valueOf(m.get("message")));
        }
      }
    }
    if (errors.isEmpty()) {
      errors.put(e.field() == null ? "form" : e.field(), e.getMessage());
    }
    return errors;
  }
}
