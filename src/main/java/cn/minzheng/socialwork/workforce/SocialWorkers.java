package cn.minzheng.socialwork.workforce;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.socialwork.Rejected;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 持证社工: a person of the registry (found by ID number, alive) with a certificate level, number and
 * year, working in a region node, employed by an agency (credit code) or by the community itself.
 * The national qualification exam began in 2008, so no certificate is older.
 */
@Service
public class SocialWorkers {

  public static final int FIRST_EXAM_YEAR = 2008;
  public static final Set<String> SORTS =
      Set.of("name", "level", "certificate_year", "region_code");

  private final JdbcClient jdbc;
  private final PersonDirectory persons;
  private final AuditLog audit;

  SocialWorkers(JdbcClient jdbc, PersonDirectory persons, AuditLog audit) {
    this.jdbc = jdbc;
    this.persons = persons;
    this.audit = audit;
  }

  public record WorkerForm(
      String idNumber,
      String level,
      String certificateNumber,
      String certificateYear,
      String employerCreditCode,
      String regionCode) {}

  public record SocialWorker(
      long id,
      long personId,
      String name,
      String regionCode,
      CertificateLevel level,
      String certificateNumber,
      int certificateYear,
      String employerCreditCode,
      String employerName,
      boolean active) {

    public String levelLabel() {
      return level.label();
    }
  }

  /**
   * Registers a worker; every field checked with its Chinese message. {@code regionPermitted}
   * answers whether the caller may place a worker at the region code.
   */
  @Transactional
  public long register(
      WorkerForm form, java.util.function.Predicate<String> regionPermitted, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    PersonSummary person = null;
    if (form.idNumber() == null || form.idNumber().isBlank()) {
      errors.put("idNumber", "身份证号：必填");
    } else if (!IdCardNo.isValid(form.idNumber().strip())) {
      errors.put("idNumber", "身份证号：格式或校验位不正确");
    } else {
      person = persons.findByIdNumber(IdCardNo.parse(form.idNumber().strip())).orElse(null);
      if (person == null) {
        errors.put("idNumber", "身份证号：人口库中没有此人，请先在人口库登记");
      } else if (!person.alive()) {
        errors.put("idNumber", "身份证号：此人已死亡");
      }
    }
    CertificateLevel level = null;
    try {
      level = CertificateLevel.valueOf(form.level() == null ? "" : form.level());
    } catch (IllegalArgumentException e) {
      errors.put("level", "证书等级：请选择助理社会工作师、社会工作师或高级社会工作师");
    }
    if (form.certificateNumber() == null || form.certificateNumber().isBlank()) {
      errors.put("certificateNumber", "证书编号：必填");
    }
    Integer year = yearOf(form.certificateYear());
    int thisYear = ChinaTime.today().getYear();
    if (year == null || year < FIRST_EXAM_YEAR || year > thisYear) {
      errors.put("certificateYear", "取证年份：须在 " + FIRST_EXAM_YEAR + " 至 " + thisYear + " 年之间");
    }
    String employer = blankToNull(form.employerCreditCode());
    if (employer != null) {
      Agencies.creditCodeError(employer).ifPresent(m -> errors.put("employerCreditCode", m));
    }
    if (form.regionCode() == null || !form.regionCode().strip().matches("[0-9]{12}")) {
      errors.put("regionCode", "工作地区划代码：须为12位数字");
    } else if (!regionPermitted.test(form.regionCode().strip())) {
      errors.put("regionCode", "工作地区划代码：须在本辖区内");
    }
    Rejected.throwIfAny(errors);
    if (employer != null) {
      employer = Agencies.canonical(employer);
    }
    if (exists("person_id = ?", person.id())) {
      throw new Rejected("idNumber", "身份证号：此人已登记为持证社工");
    }
    if (exists("certificate_number = ?", form.certificateNumber().strip())) {
      throw new Rejected("certificateNumber", "证书编号：已被他人使用");
    }
    long id =
        jdbc.sql(
                """
                insert into socialwork.social_worker (person_id, region_code, level,
                  certificate_number, certificate_year, employer_credit_code, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                person.id(),
                form.regionCode().strip(),
                level.name(),
                form.certificateNumber().strip(),
                year,
                employer,
                by)
            .query(Long.class)
            .single();
    audit.record(AuditEvent.success("socialwork.worker.register", "social_worker", "" + id, null));
    return id;
  }

  public Optional<SocialWorker> find(long id) {
    return jdbc.sql(SELECT + " where w.id = ?").param(id).query(SocialWorkers::row).optional();
  }

  public PageResult<SocialWorker> list(RegionFilter scope, String level, PageQuery page) {
    String where = " where (? or w.region_code = any(?)) and (?::text is null or w.level = ?)";
    long total =
        jdbc.sql("select count(*) from socialwork.social_worker w" + where)
            .params(scope.unrestricted(), scope.codesArray(), level, level)
            .query(Long.class)
            .single();
    var items =
        jdbc.sql(SELECT + where + " order by " + page.orderBy() + ", w.id limit ? offset ?")
            .params(
                scope.unrestricted(), scope.codesArray(), level, level, page.size(), page.offset())
            .query(SocialWorkers::row)
            .list();
    return new PageResult<>(items, page, total);
  }

  /** Active workers whose region lies within {@code codes} (a station's staff to choose from). */
  public List<SocialWorker> activeIn(RegionFilter scope) {
    return jdbc.sql(
            SELECT
                + " where w.active and (? or w.region_code = any(?)) order by name, w.id limit 500")
        .params(scope.unrestricted(), scope.codesArray())
        .query(SocialWorkers::row)
        .list();
  }

  /** The workers of a person who died are no longer active. */
  @Transactional
  public int deactivatePerson(long personId) {
    return jdbc.sql(
            "update socialwork.social_worker set active = false where person_id = ? and active")
        .param(personId)
        .update();
  }

  private boolean exists(String predicate, Object value) {
    return jdbc.sql(
            "select exists (select 1 from socialwork.social_worker where " + predicate + ")")
        .param(value)
        .query(Boolean.class)
        .single();
  }

  private static final String SELECT =
      """
      select w.id, w.person_id, coalesce(p.name, '') as name, w.region_code, w.level,
             w.certificate_number, w.certificate_year, w.employer_credit_code, a.name as employer_name,
             w.active
        from socialwork.social_worker w
        left join registry.person_fact p on p.id = w.person_id
        left join socialwork.agency a on a.credit_code = w.employer_credit_code""";

  private static SocialWorker row(ResultSet rs, int n) throws SQLException {
    return new SocialWorker(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        CertificateLevel.valueOf(rs.getString(5)),
        rs.getString(6),
        rs.getInt(7),
        rs.getString(8),
        rs.getString(9),
        rs.getBoolean(10));
  }

  private static Integer yearOf(String raw) {
    try {
      return raw == null ? null : Integer.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
