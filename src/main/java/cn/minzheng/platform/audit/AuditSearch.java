package cn.minzheng.platform.audit;

import cn.minzheng.shared.ChinaTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The auditor's query. The SQL is assembled only from fixed fragments; every value the user typed
 * is a bind parameter, the sort column comes from {@link AuditQuery#SORT_COLUMNS}. Pages are read
 * with one row more than shown to know whether a next page exists, instead of counting millions of
 * rows.
 */
@Component
class AuditSearch {

  static final ZoneId CHINA = ChinaTime.ZONE;

  private final JdbcClient jdbc;

  AuditSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  AuditPage find(AuditQuery query) {
    StringBuilder sql =
        new StringBuilder(
            """
            select id, occurred_at, actor, actor_kind, actor_roles, actor_region, remote_address,
                   action, target_type, target_id, outcome, detail, l.prev_hash, l.hash
            from platform.audit_log left join platform.audit_link l on l.entry_id = id where true
            """);
    List<Object> params = new ArrayList<>();
    if (query.from() != null) {
      sql.append(" and occurred_at >= ?");
      params.add(query.from().atZone(CHINA).toOffsetDateTime());
    }
    if (query.to() != null) {
      sql.append(" and occurred_at < ?");
      params.add(query.to().atZone(CHINA).toOffsetDateTime());
    }
    equal(sql, params, "actor", query.actor());
    if (query.action() != null) {
      sql.append(" and action like ? escape '\\'");
      params.add(likePrefix(query.action()));
    }
    equal(sql, params, "target_type", query.targetType());
    equal(sql, params, "target_id", query.targetId());
    equal(sql, params, "outcome", query.outcome() == null ? null : query.outcome().name());
    String dir = "asc".equals(query.dir()) ? " asc" : " desc";
    sql.append(" order by ").append(query.sortColumn()).append(dir);
    if (!"id".equals(query.sortColumn())) {
      sql.append(", id").append(dir);
    }
    sql.append(" limit ? offset ?");
    params.add(query.size() + 1);
    params.add((long) query.page() * query.size());
    List<AuditRecord> rows =
        jdbc.sql(sql.toString()).params(params).query((rs, n) -> AuditRecord.read(rs)).list();
    boolean hasNext = rows.size() > query.size();
    return new AuditPage(hasNext ? rows.subList(0, query.size()) : rows, query, hasNext);
  }

  private static void equal(StringBuilder sql, List<Object> params, String column, String value) {
    if (value != null) {
      sql.append(" and ").append(column).append(" = ?");
      params.add(value);
    }
  }

  /** {@code login.} finds every {@code login.*}: the user's text is literal, not a pattern. */
  static String likePrefix(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  record AuditPage(List<AuditRecord> rows, AuditQuery query, boolean hasNext) {

    boolean hasPrevious() {
      return query.page() > 0;
    }
  }
}
