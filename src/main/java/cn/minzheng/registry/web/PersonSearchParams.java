package cn.minzheng.registry.web;

import cn.minzheng.registry.domain.search.PersonCriteria;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The search form of the person list. The ID number comes only from the posted form; in the list's
 * address it is replaced by {@code idToken} (see {@link IdNumberSearches}).
 */
public record PersonSearchParams(
    String idNumber,
    String idToken,
    String name,
    Boolean fuzzy,
    String regionCode,
    String householdNumber,
    String lifeStatus,
    String sort,
    String direction,
    Integer page,
    Integer size) {

  boolean hasIdNumber() {
    return idNumber != null && !idNumber.isBlank();
  }

  PersonSearchParams withId(String number, String token) {
    return new PersonSearchParams(
        number,
        token,
        name,
        fuzzy,
        regionCode,
        householdNumber,
        lifeStatus,
        sort,
        direction,
        page,
        size);
  }

  PersonCriteria criteria() {
    return new PersonCriteria(
        idNumber,
        name,
        Boolean.TRUE.equals(fuzzy),
        regionCode,
        householdNumber,
        lifeStatus,
        sort,
        !"asc".equals(direction),
        page == null ? 0 : page,
        size == null ? 20 : size);
  }

  /** The filter without paging, for audit entries (never the ID number itself). */
  String describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    if (hasIdNumber()) {
      m.put("idNumber", "(given)");
    }
    m.put("name", name);
    m.put("fuzzy", fuzzy);
    m.put("regionCode", regionCode);
    m.put("householdNumber", householdNumber);
    m.put("lifeStatus", lifeStatus);
    m.values().removeIf(v -> v == null || "".equals(v));
    return m.toString();
  }
}
