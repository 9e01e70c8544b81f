package cn.minzheng.assistance.cases;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Case lists and details, always inside the caller's data scope. */
@Service
public class CaseQueries {

  public static final Set<String> SORTS = Set.of("applied_on", "deadline", "case_no");

  private final JdbcClient jdbc;
  private final DataScope scope;
  private final CaseStore store;

  CaseQueries(JdbcClient jdbc, DataScope scope, CaseStore store) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.store = store;
  }

  /** A case by id: 404 when unknown or outside the caller's scope. */
  public AssistanceCase get(long id) {
    AssistanceCase c = store.find(id).orElseThrow(() -> new RecordNotFoundException("case"));
    scope.requireInScope(c.regionCode());
    return c;
  }

  public PageResult<AssistanceCase> search(Criteria criteria, PageQuery page, LocalDate today) {
    List<Object> params = new ArrayList<>();
    String where = where(criteria, today, params);
    long total =
        jdbc.sql("select count(*) from assistance.assistance_case" + where)
            .params(params)
            .query(Long.class)
            .single();
    params.add(page.size());
    params.add(page.offset());
    List<AssistanceCase> rows =
        jdbc.sql(
                "select * from assistance.assistance_case"
                    + where
                    + " order by "
                    + page.orderBy()
                    + ", id limit ? offset ?")
            .params(params)
            .query(CaseStore::map)
            .list();
    return new PageResult<>(rows, page, total);
  }

  /** The list as exported: the same filters and scope, at most {@code EXPORT_LIMIT} rows. */
  public List<AssistanceCase> export(Criteria criteria, LocalDate today) {
    List<Object> params = new ArrayList<>();
    String where = where(criteria, today, params);
    params.add(EXPORT_LIMIT);
    return jdbc.sql(
            "select * from assistance.assistance_case" + where + " order by applied_on, id limit ?")
        .params(params)
        .query(CaseStore::map)
        .list();
  }

  public static final int EXPORT_LIMIT = 50_000;

  private String where(Criteria criteria, LocalDate today, List<Object> params) {
    RegionFilter filter = scope.current();
    StringBuilder where = new StringBuilder(" where (? or region_code = any(?))");
    params.add(filter.unrestricted());
    params.add(filter.codesArray());
    if (criteria.states() != null && !criteria.states().isEmpty()) {
      where.append(" and state = any(?)");
      params.add(criteria.states().stream().map(Enum::name).toArray(String[]::new));
    }
    if (criteria.type() != null) {
      where.append(" and type = ?");
      params.add(criteria.type().name());
    }
    if (criteria.text() != null && !criteria.text().isBlank()) {
      where.append(" and (case_no = ? or applicant_name like ?)");
      params.add(criteria.text().strip());
      params.add(criteria.text().strip().replace("%", "").replace("_", "") + "%");
    }
    if (criteria.overdueOnly()) {
      where.append(" and state not in ('CONFIRMED', 'REFUSED', 'ENDED') and deadline < ?");
      params.add(today);
    }
    return where.toString();
  }

  public List<Visit> visits(long caseId) {
    return jdbc.sql(
            """
            select visited_on, first_staff, second_staff, findings, countersigned_at is not null
              from assistance.home_visit where case_id = ? order by id""")
        .param(caseId)
        .query(
            (rs, n) ->
                new Visit(
                    rs.getObject(1, LocalDate.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBoolean(5)))
        .list();
  }

  public List<Objection> objections(long caseId) {
    return jdbc.sql(
            """
            select lodged_on, content, resolution, route from assistance.objection
             where case_id = ? order by id""")
        .param(caseId)
        .query(
            (rs, n) ->
                new Objection(
                    rs.getObject(1, LocalDate.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4)))
        .list();
  }

  public List<AttachmentInfo> attachments(long caseId) {
    return jdbc.sql(
            """
            select id, file_name, content_type, size_bytes, material from assistance.attachment
             where case_id = ? order by id""")
        .param(caseId)
        .query(
            (rs, n) ->
                new AttachmentInfo(
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)))
        .list();
  }

  /** Filters of the case list; {@code states} empty: all. */
  public record Criteria(
      List<CaseState> states, AssistanceType type, String text, boolean overdueOnly) {}

  public record Visit(
      LocalDate visitedOn,
      String firstStaff,
      String secondStaff,
      String findings,
      boolean signed) {}

  public record Objection(LocalDate lodgedOn, String content, String resolution, String route) {}

  /** {@code material}: which material of the 一次告知 list (online applications), else null. */
  public record AttachmentInfo(
      long id, String fileName, String contentType, int sizeBytes, String material) {}
}
