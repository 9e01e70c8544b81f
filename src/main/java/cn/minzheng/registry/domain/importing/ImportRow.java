package cn.minzheng.registry.domain.importing;

import java.util.Map;

/** One data row of an import file: its line number in Excel and the values by field. */
public record ImportRow(int line, Map<String, String> values) {

  public String get(String field) {
    return values.get(field);
  }
}
