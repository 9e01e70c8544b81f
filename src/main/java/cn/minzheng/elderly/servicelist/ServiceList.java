package cn.minzheng.elderly.servicelist;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 基本养老服务清单, effective-dated: the list valid on a day; an edit from a day closes the open version of
 * the item and opens a new one (a new code is a new item).
 */
@Service
public class ServiceList {

  static final String COLUMNS =
      "id, code, category, name, target_group, content, standard, provider, funding, valid_from,"
          + " valid_to, demo_content";

  private final JdbcClient jdbc;
  private final AuditLog audit;

  ServiceList(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** The fields of a new version. */
  public record ItemVersion(
      String code,
      ServiceCategory category,
      String name,
      String targetGroup,
      String content,
      String standard,
      String provider,
      String funding) {}

  public List<ServiceItem> validOn(LocalDate day) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from elderly.service_item where valid_from <= ?"
                + " and (valid_to is null or valid_to > ?) order by code")
        .params(day, day)
        .query(ServiceItem.class)
        .list();
  }

  /** Saves a version valid from {@code from} on; versions starting later are replaced. */
  @Transactional
  public void save(ItemVersion v, LocalDate from, String by) {
    ServiceItemRules.check(v);
    jdbc.sql("delete from elderly.service_item where code = ? and valid_from >= ?")
        .params(v.code(), from)
        .update();
    jdbc.sql(
            """
            update elderly.service_item set valid_to = ?
             where code = ? and valid_from < ? and (valid_to is null or valid_to > ?)""")
        .params(from, v.code(), from, from)
        .update();
    jdbc.sql(
            """
            insert into elderly.service_item (code, category, name, target_group, content,
                   standard, provider, funding, valid_from, demo_content, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)""")
        .params(
            v.code(),
            v.category().name(),
            v.name().strip(),
            v.targetGroup().strip(),
            v.content().strip(),
            v.standard().strip(),
            v.provider().strip(),
            v.funding().strip(),
            from,
            by)
        .update();
    audit.record(
        AuditEvent.success("elderly.service-list.save", "service_item", v.code(), v.name()));
  }

  /** Ends an item: from {@code from} on it is no longer on the list. */
  @Transactional
  public void end(String code, LocalDate from, String by) {
    jdbc.sql(
            """
            update elderly.service_item set valid_to = ?
             where code = ? and valid_from < ? and (valid_to is null or valid_to > ?)""")
        .params(from, code, from, from)
        .update();
    audit.record(AuditEvent.success("elderly.service-list.end", "service_item", code, "" + from));
  }
}
