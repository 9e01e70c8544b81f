package cn.minzheng.socialwork.workforce;

import cn.minzheng.organisations.OrganisationRegister;
import cn.minzheng.organisations.RegisteredOrganisation;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.shared.CreditCode;
import cn.minzheng.shared.InvalidCreditCodeException;
import cn.minzheng.shared.LikePattern;
import cn.minzheng.socialwork.Rejected;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 社工机构, known by their 统一社会信用代码 (checked with {@link CreditCode#parse}: shape and check character).
 * An agency is a registered social organisation: staff pick it from the organisations register (its
 * published {@link OrganisationRegister}), which gives its name, registration status and standing
 * on the credit lists; an organisation deregistered or revoked is refused. Agencies recorded before
 * the link (demo data, older rows) stay and show "未在登记库".
 */
@Service
public class Agencies {

  public static final Set<String> SORTS = Set.of("name", "credit_code", "region_code");

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final OrganisationRegister register;

  Agencies(JdbcClient jdbc, AuditLog audit, OrganisationRegister register) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.register = register;
  }

  /**
   * @param registered the register's entry (null: not in the register)
   */
  public record Agency(
      long id,
      String creditCode,
      String name,
      String regionCode,
      long workers,
      @Nullable RegisteredOrganisation registered) {

    Agency with(@Nullable RegisteredOrganisation entry) {
      return new Agency(id, creditCode, name, regionCode, workers, entry);
    }

    public String registerLabel() {
      return registered == null ? "未在登记库" : registered.statusLabel();
    }

    public String creditLabel() {
      return registered == null ? "—" : registered.credit().label();
    }
  }

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

  /** Organisations of the register to pick from: by name or credit code, at most 20. */
  public List<RegisteredOrganisation> searchRegister(String q) {
    return register.search(q);
  }

  /**
   * Records an agency picked from the register: its name is the register's. Refused with the field
   * named when the code is malformed, not in the register, deregistered or revoked, or recorded
   * already.
   */
  @Transactional
  public long register(AgencyForm form, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    creditCodeError(form.creditCode()).ifPresent(m -> errors.put("creditCode", m));
    Rejected.throwIfAny(errors);
    String code = canonical(form.creditCode());
    RegisteredOrganisation organisation =
        register
            .find(code)
            .orElseThrow(() -> new Rejected("creditCode", "统一社会信用代码：社会组织登记库中没有该机构，请从登记库中选择"));
    if (!organisation.registered()) {
      throw new Rejected("creditCode", "统一社会信用代码：该机构" + organisation.statusLabel() + "，不能登记为社工机构");
    }
    if (find(code).isPresent()) {
      throw new Rejected("creditCode", "统一社会信用代码：该机构已登记");
    }
    long id =
        jdbc.sql(
                "insert into socialwork.agency (credit_code, name, region_code, created_by)"
                    + " values (?, ?, ?, ?) returning id")
            .params(code, organisation.name(), form.regionCode(), by)
            .query(Long.class)
            .single();
    audit.record(AuditEvent.success("socialwork.agency.register", "agency", "" + id, code));
    return id;
  }

  public Optional<Agency> find(String creditCode) {
    return jdbc.sql(SELECT + " where a.credit_code = ?")
        .param(creditCode)
        .query(Agencies::row)
        .optional()
        .map(a -> a.with(register.find(a.creditCode()).orElse(null)));
  }

  /** The agencies of the scope whose name or credit code contains {@code words} (null: all). */
  public PageResult<Agency> list(RegionFilter scope, @Nullable String words, PageQuery page) {
    String where =
        " where (? or a.region_code = any(?))"
            + " and (cast(? as text) is null or a.name like cast(? as text)"
            + " or a.credit_code like upper(cast(? as text)))";
    String pattern = LikePattern.containing(words);
    long total =
        jdbc.sql("select count(*) from socialwork.agency a" + where)
            .params(scope.unrestricted(), scope.codesArray(), pattern, pattern, pattern)
            .query(Long.class)
            .single();
    var items =
        jdbc.sql(SELECT + where + " order by a." + page.orderBy() + ", a.id limit ? offset ?")
            .params(
                scope.unrestricted(),
                scope.codesArray(),
                pattern,
                pattern,
                pattern,
                page.size(),
                page.offset())
            .query(Agencies::row)
            .list();
    Map<String, RegisteredOrganisation> entries =
        register.findAll(items.stream().map(Agency::creditCode).toList());
    return new PageResult<>(
        items.stream().map(a -> a.with(entries.get(a.creditCode()))).toList(), page, total);
  }

  private static final String SELECT =
      """
      select a.id, a.credit_code, a.name, a.region_code,
             (select count(*) from socialwork.social_worker w
               where w.employer_credit_code = a.credit_code and w.active) as workers
        from socialwork.agency a""";

  private static Agency row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Agency(
        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), null);
  }
}
