package cn.minzheng.region.domain;

import java.util.Map;

/**
 * A change of the tree refused because of its input: field name to message key (in {@code
 * i18n/region.properties}). Nothing was stored.
 */
public class RegionChangeRejected extends RuntimeException {

  private final Map<String, String> fieldErrors;

  public RegionChangeRejected(Map<String, String> fieldErrors) {
    super("region change rejected: " + fieldErrors.keySet());
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public static RegionChangeRejected of(String field, String messageKey) {
    return new RegionChangeRejected(Map.of(field, messageKey));
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
