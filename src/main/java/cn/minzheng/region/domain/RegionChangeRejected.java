package cn.minzheng.region.domain;

import java.util.Map;

/**
 * A change of the tree refused because of its input: field name to the Chinese message shown next
 * to the field ("字段：原因"). Nothing was stored.
 */
public class RegionChangeRejected extends RuntimeException {

  private final Map<String, String> fieldErrors;

  public RegionChangeRejected(Map<String, String> fieldErrors) {
    super("region change rejected: " + fieldErrors.keySet());
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public static RegionChangeRejected of(String field, String message) {
    return new RegionChangeRejected(Map.of(field, message));
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
