package cn.minzheng.socialwork.workforce;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.shared.CreditCode;
import cn.minzheng.shared.InvalidCreditCodeException;
import cn.minzheng.socialwork.Rejected;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 社工机构, known by their 统一社会信用代码 (checked with {@link CreditCode#parse}: shape and check character).
 * The organisations module may hold the same organisation; nothing here points into it.
 */
@Service
public class Agencies {

  public static final Set<String> SORTS = Set.of("name", "credit_code", "region_code");

  private final JdbcClient jdbc;
  private final AuditLog audit;

  Agencies(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public record Agency(long id, String creditCode, String name, String regionCode, long workers) {}

  public record AgencyForm(String creditCode, String name, String regionCode) {}

  /** The code in its canonical form, or the field's Chinese error. */
  public static Optional<String> creditCodeError(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.of("统一社会信用代码：必填");
    }
    try {
      CreditCode.parse(raw);
      return Optional.empty();
    } catch (InvalidCreditCodeException e) {
      return Optional.of("统一社会信用代码：" + e.getMessage());
    }
  }

  public static String canonical(String raw) {
    return CreditCode.parse(raw).value();
  }

  @Transactional
  public long register(AgencyForm form, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    creditCodeError(form.creditCode()).ifPresent(m -> errors.put("creditCode", m));
    if (form.name() == null || form.name().isBlank()) {
      errors.put("name", "机构名称：必填");
    }
    Rejected.throwIfAny(errors);
    String code = canonical(form.creditCode());
    if (find(code).isPresent()) {
      throw new Rejected("creditCode", "统一社会信用代码：该机构已登记");
    }
    long id =
        jdbc.sql(
                "insert into socialwork.agency (credit_code, name, region_code, created_by)"
                    + " values (?, ?, ?, ?) returning id")
            .params(code, form.name().strip(), form.regionCode(), by)
            .query(Long.class)
            .single();
    audit.record(AuditEvent.success("socialwork.agency.register", "agency", "" + id, code));
    return id;
  }

  public Optional<Agency> find(String creditCode) {
    return jdbc.sql(SELECT + " where a.credit_code = ?")
        .param(creditCode)
        .query(Agencies::row)
        .optional();
  }

  public PageResult<Agency> list(RegionFilter scope, PageQuery page) {
    long total =
        jdbc.sql("select count(*) from socialwork.agency a where (? or a.region_code = any(?))")
            .params(scope.unrestricted(), scope.codesArray())
            .query(Long.class)
            .single();
    var items =
        jdbc.sql(
                SELECT
                    + " where (? or a.region_code = any(?)) order by a."
                    + page.orderBy()
                    + ", a.id limit ? offset ?")
            .params(scope.unrestricted(), scope.codesArray(), page.size(), page.offset())
            .query(Agencies::row)
            .list();
    return new PageResult<>(items, page, total);
  }

  private static final String SELECT =
      """
      select a.id, a.credit_code, a.name, a.region_code,
             (select count(*) from socialwork.social_worker w
               where w.employer_credit_code = a.credit_code and w.active) as workers
        from socialwork.agency a""";

  private static Agency row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Agency(
        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5));
  }
}
