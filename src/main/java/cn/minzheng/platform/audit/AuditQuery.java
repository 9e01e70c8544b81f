package cn.minzheng.platform.audit;

import cn.minzheng.platform.AuditLog.Outcome;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The auditor's search form. Times are China Standard Time as staff read them; sorting and page
 * size are limited to fixed choices, whatever the request says.
 */
public record AuditQuery(
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
    String actor,
    String action,
    String targetType,
    String targetId,
    Outcome outcome,
    String sort,
    String dir,
    Integer page,
    Integer size) {

  static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);

  /** Sort keys in the order the form offers them. */
  static final List<String> SORT_KEYS = List.of("id", "occurredAt", "actor", "action", "outcome");

  /** Sort keys the page offers, mapped to their columns: nothing else reaches the SQL. */
  static final Map<String, String> SORT_COLUMNS =
      Map.of(
          "id", "id",
          "occurredAt", "occurred_at",
          "actor", "actor",
          "action", "action",
          "outcome", "outcome");

  public AuditQuery {
    actor = blankToNull(actor);
    action = blankToNull(action);
    targetType = blankToNull(targetType);
    targetId = blankToNull(targetId);
    sort = sort != null && SORT_COLUMNS.containsKey(sort) ? sort : "id";
    dir = "asc".equalsIgnoreCase(dir) ? "asc" : "desc";
    page = page == null || page < 0 ? 0 : Math.min(page, 100_000);
    size = size != null && PAGE_SIZES.contains(size) ? size : PAGE_SIZES.get(0);
  }

  static AuditQuery empty() {
    return new AuditQuery(null, null, null, null, null, null, null, null, null, null, null);
  }

  String sortColumn() {
    return SORT_COLUMNS.get(sort);
  }

  AuditQuery withPage(int newPage) {
    return new AuditQuery(
        from, to, actor, action, targetType, targetId, outcome, sort, dir, newPage, size);
  }

  /** For the audit entry of the search itself: the filters that were set, paging, sorting. */
  String describe() {
    StringJoiner text = new StringJoiner(" ");
    Map<String, Object> filters = new LinkedHashMap<>();
    filters.put("from", from);
    filters.put("to", to);
    filters.put("actor", actor);
    filters.put("action", action);
    filters.put("targetType", targetType);
    filters.put("targetId", targetId);
    filters.put("outcome", outcome);
    filters.forEach(
        (name, value) -> {
          if (value != null) {
            text.add(name + "=" + value);
          }
        });
    return text.add("sort=" + sort + " " + dir).add("page=" + page).add("size=" + size).toString();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
