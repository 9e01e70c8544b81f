package cn.minzheng.registry.domain.history;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Field-level before/after values of one change, as written to the history. Callers put masked
 * values for sensitive fields: the history must never hold a plain ID or phone number.
 */
public final class ChangeSet {

  private final Map<String, Map<String, String>> fields = new LinkedHashMap<>();

  public ChangeSet diff(String field, Object before, Object after) {
    String b = before == null ? null : before.toString();
    String a = after == null ? null : after.toString();
    if (!Objects.equals(b, a)) {
      Map<String, String> change = new LinkedHashMap<>();
      change.put("before", b);
      change.put("after", a);
      fields.put(field, change);
    }
    return this;
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }

  public Map<String, Map<String, String>> asMap() {
    return fields;
  }
}
