package cn.minzheng.registry.domain.person;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The 民族 dictionary (GB 3304), read once: it changes only by migration. */
@Component
public class Ethnicities {

  private final JdbcClient jdbc;
  private volatile Map<String, String> byCode;

  Ethnicities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Code to Chinese name, in code order. */
  public Map<String, String> all() {
    Map<String, String> map = byCode;
    if (map == null) {
      Map<String, String> loaded = new LinkedHashMap<>();
      jdbc.sql("select code, name from registry.ethnicity order by code")
          .query(
              (org.springframework.jdbc.core.RowCallbackHandler)
                  rs -> loaded.put(rs.getString(1), rs.getString(2)));
      map = java.util.Collections.unmodifiableMap(loaded);
      byCode = map;
    }
    return map;
  }

  public String nameOf(String code) {
    return code == null ? null : all().getOrDefault(code, code);
  }

  /** Accepts a code ("01") or a name ("汉族"); null when neither. */
  public String codeOf(String codeOrName) {
    if (codeOrName == null) {
      return null;
    }
    String s = codeOrName.strip();
    if (all().containsKey(s)) {
      return s;
    }
    return all().entrySet().stream()
        .filter(e -> e.getValue().equals(s))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }
}
