package cn.minzheng.registry.domain.search;

import java.util.Map;

/**
 * A staff search of persons. {@code sort} must be one of {@link #SORT_COLUMNS}' keys: user input
 * never reaches the SQL text.
 *
 * @param name prefix of the name, or with {@code fuzzy} a name to match by trigram similarity
 * @param regionCode restrict to this region's subtree (must be inside the caller's scope)
 */
public record PersonCriteria(
    String idNumber,
    String name,
    boolean fuzzy,
    String regionCode,
    String householdNumber,
    String lifeStatus,
    String sort,
    boolean descending,
    int page,
    int size) {

  /** Sort keys shown to users and the columns they stand for. */
  public static final Map<String, String> SORT_COLUMNS =
      Map.of(
          "id", "p.id",
          "name", "p.name",
          "birthDate", "p.birth_date",
          "region", "p.residence_region_code",
          "updatedAt", "p.updated_at");

  public static final int MAX_PAGE_SIZE = 100;

  public PersonCriteria {
    page = Math.max(page, 0);
    size = size <= 0 ? 20 : Math.min(size, MAX_PAGE_SIZE);
    if (sort == null || !SORT_COLUMNS.containsKey(sort)) {
      sort = "id";
    }
  }

  public static PersonCriteria all() {
    return new PersonCriteria(null, null, false, null, null, null, "id", true, 0, 20);
  }

  String orderBy() {
    return SORT_COLUMNS.get(sort) + (descending ? " desc" : " asc") + ", p.id";
  }
}
