package cn.minzheng.socialwork;

import cn.minzheng.platform.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input of the social-work module refused field by field: an {@link InvalidInput} (400 problem
 * details on the API) that also hands the pages their map of field to Chinese message.
 */
public class Rejected extends InvalidInput {

  private final transient Map<String, String> fields;

  public Rejected(Map<String, String> fields) {
    super(fields.entrySet().stream().map(e -> new FieldMessage(e.getKey(), e.getValue())).toList());
    this.fields = Map.copyOf(new LinkedHashMap<>(fields));
  }

  public Rejected(String field, String message) {
    this(Map.of(field, message));
  }

  public Map<String, String> fields() {
    return fields;
  }

  /** Throws when {@code errors} holds anything. */
  public static void throwIfAny(Map<String, String> errors) {
    if (!errors.isEmpty()) {
      throw new Rejected(errors);
    }
  }
}
