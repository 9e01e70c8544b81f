package cn.minzheng.organisations.charity;

import cn.minzheng.organisations.charity.CharityTrust.Change;
import cn.minzheng.organisations.charity.CharityTrust.Filing;
import cn.minzheng.organisations.charity.CharityTrust.Report;
import cn.minzheng.organisations.register.Notices;
import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.organisations.register.OrganisationQueries;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.shared.CreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 慈善信托 filings (domain-rules §9.2): the trust as filed by its trustee — an organisation of the
 * register or a trust company by its credit code — with the due day of the 7-day period ({@link
 * FilingDeadline}) and whether the filing was late; changes filed likewise; yearly reports
 * published; the property totals of a region.
 */
@Service
public class CharityTrusts {

  static final String COLUMNS =
      """
      id, name, trustee_kind, trustee_organisation_id, trustee_credit_code, trustee_name, purpose,
      initial_property, property, region_code, signed_on, filing_due, filed_on, late,
      record_number, status""";

  /** The property totals of a region: trusts in force and their property. */
  public record Totals(long trusts, BigDecimal property, long lateFilings) {}

  private final JdbcClient jdbc;
  private final FilingDeadline deadline;
  private final OrganisationQueries organisations;
  private final CharityOrganisations charities;
  private final AuditLog audit;
  private final Notices notices;

  CharityTrusts(
      JdbcClient jdbc,
      FilingDeadline deadline,
      OrganisationQueries organisations,
      CharityOrganisations charities,
      AuditLog audit,
      Notices notices) {
    this.notices = notices;
    this.jdbc = jdbc;
    this.deadline = deadline;
    this.organisations = organisations;
    this.charities = charities;
    this.audit = audit;
  }

  /** Files a trust on {@code filedOn}; a filing after the due day is kept and flagged late. */
  @Transactional
  public long file(Filing f, LocalDate filedOn, String by) {
    return file(f, filedOn, by, false);
  }

  /**
   * The trustee's own account files its trust online: the trustee is the account's organisation (a
   * recognised charity organisation), the filing waits for the office's review.
   */
  @Transactional
  public long fileOnline(Filing f, long trusteeOrganisationId, LocalDate filedOn, String by) {
    return file(
        new Filing(
            f.name(),
            TrusteeKind.CHARITY_ORGANISATION,
            trusteeOrganisationId,
            null,
            null,
            f.purpose(),
            f.property(),
            organisations
                .find(trusteeOrganisationId)
                .map(Organisation::regionCode)
                .orElse(f.regionCode()),
            f.signedOn()),
        filedOn,
        by,
        true);
  }

  /** The office accepts an online filing (it becomes a filed trust) or returns it with a reason. */
  @Transactional
  public void review(long trustId, boolean accept, @Nullable String note, LocalDate on, String by) {
    CharityTrust t = find(trustId).orElseThrow(() -> new RecordNotFoundException("charity trust"));
    if (!accept && (note == null || note.isBlank())) {
      throw new InvalidInput("note", "退回理由：不能为空");
    }
    int done =
        jdbc.sql(
                """
                update organisations.charity_trust
                   set status = ?, reviewed_by = ?, reviewed_on = ?, review_note = ?
                 where id = ? and status = 'PENDING'""")
            .params(
                accept ? "ACTIVE" : "RETURNED", by, on, note == null ? null : note.strip(), trustId)
            .update();
    if (done == 0) {
      throw new InvalidInput("note", "审核：该慈善信托当前状态为" + t.statusLabel());
    }
    if (t.trusteeOrganisationId() != null) {
      notices.send(
          t.trusteeOrganisationId(),
          "trust-review-" + trustId,
          "慈善信托“"
              + t.name()
              + "”（"
              + t.recordNumber()
              + "）"
              + (accept ? "已备案。" : "被退回：" + note.strip()));
    }
    audit.record(
        AuditEvent.success(
            "organisations.trust.review",
            "charity_trust",
            "" + trustId,
            accept ? "accepted" : "returned"));
  }

  /** The trusts a charity organisation holds as trustee, newest first. */
  public List<CharityTrust> ofTrustee(long organisationId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from organisations.charity_trust where trustee_organisation_id = ?"
                + " order by id desc")
        .param(organisationId)
        .query(CharityTrust.class)
        .list();
  }

  private long file(Filing f, LocalDate filedOn, String by, boolean online) {
    if (f.name() == null || f.name().isBlank()) {
      throw new InvalidInput("name", "信托名称：不能为空");
    }
    if (f.purpose() == null || f.purpose().isBlank()) {
      throw new InvalidInput("purpose", "慈善目的：不能为空");
    }
    requireAmount("property", "信托财产", f.property());
    if (f.signedOn() == null) {
      throw new InvalidInput("signedOn", "信托文件签订日期：不能为空");
    }
    if (filedOn.isBefore(f.signedOn())) {
      throw new InvalidInput("signedOn", "信托文件签订日期：不能晚于备案日期");
    }
    String code;
    String trusteeName;
    Long orgId = null;
    if (f.trusteeKind() == TrusteeKind.CHARITY_ORGANISATION) {
      Organisation o =
          f.trusteeOrganisationId() == null
              ? null
              : organisations.find(f.trusteeOrganisationId()).orElse(null);
      if (o == null || o.creditCode() == null) {
        throw new InvalidInput("trusteeOrganisationId", "受托人：须为已登记的社会组织");
      }
      if (charities.find(o.id()).isEmpty()) {
        throw new InvalidInput("trusteeOrganisationId", "受托人：" + o.name() + "尚未认定为慈善组织（慈善法第四十六条）");
      }
      if (!"NORMAL".equals(o.status())) {
        throw new InvalidInput(
            "trusteeOrganisationId", "受托人：" + o.name() + "当前状态为" + o.statusLabel());
      }
      code = o.creditCode();
      trusteeName = o.name();
      orgId = o.id();
    } else {
      if (f.trusteeCreditCode() == null || !CreditCode.isValid(f.trusteeCreditCode())) {
        throw new InvalidInput("trusteeCreditCode", "信托公司统一社会信用代码：格式或校验位错误");
      }
      if (f.trusteeName() == null || f.trusteeName().isBlank()) {
        throw new InvalidInput("trusteeName", "信托公司名称：不能为空");
      }
      code = CreditCode.parse(f.trusteeCreditCode()).value();
      trusteeName = f.trusteeName().strip();
    }
    LocalDate due = deadline.due(f.signedOn());
    long id =
        jdbc.sql(
                """
                insert into organisations.charity_trust (name, trustee_kind, trustee_organisation_id,
                       trustee_credit_code, trustee_name, purpose, initial_property, property,
                       region_code, signed_on, filing_due, filed_on, late, record_number, filed_by,
                       status, online)
                values (:name, :kind, :org, :code, :trustee, :purpose, :property, :property,
                        :region, :signed, :due, :filed, :late,
                        '成民慈信备' || extract(year from cast(:filed as date))::int || '-'
                          || lpad(nextval('organisations.trust_record_seq')::text, 4, '0'),
                        :by, :status, :online)
                returning id""")
            .params(
                Map.ofEntries(
                    Map.entry("name", f.name().strip()),
                    Map.entry("kind", f.trusteeKind().name()),
                    Map.entry("code", code),
                    Map.entry("trustee", trusteeName),
                    Map.entry("purpose", f.purpose().strip()),
                    Map.entry("property", f.property()),
                    Map.entry("region", f.regionCode()),
                    Map.entry("signed", f.signedOn()),
                    Map.entry("due", due),
                    Map.entry("filed", filedOn),
                    Map.entry("late", filedOn.isAfter(due)),
                    Map.entry("by", by),
                    Map.entry("status", online ? "PENDING" : "ACTIVE"),
                    Map.entry("online", online)))
            .param("org", orgId)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success(
            "organisations.trust.file",
            "charity_trust",
            "" + id,
            filedOn.isAfter(due) ? "late, due " + due : "on time"));
    return id;
  }

  /** A change signed on {@code signedOn} filed on {@code filedOn}; may set the new property. */
  @Transactional
  public long change(
      long trustId,
      String what,
      @Nullable BigDecimal property,
      LocalDate signedOn,
      LocalDate filedOn,
      String by) {
    CharityTrust t = find(trustId).orElseThrow(() -> new RecordNotFoundException("charity trust"));
    if (!"ACTIVE".equals(t.status())) {
      throw new InvalidInput("what", "变更：该慈善信托当前状态为" + t.statusLabel());
    }
    if (what == null || what.isBlank()) {
      throw new InvalidInput("what", "变更事项：不能为空");
    }
    if (property != null) {
      requireAmount("property", "变更后信托财产", property);
    }
    if (filedOn.isBefore(signedOn)) {
      throw new InvalidInput("signedOn", "变更文件签订日期：不能晚于备案日期");
    }
    LocalDate due = deadline.due(signedOn);
    long id =
        jdbc.sql(
                """
                insert into organisations.charity_trust_change
                       (trust_id, what, property, signed_on, filing_due, filed_on, late, filed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                trustId, what.strip(), property, signedOn, due, filedOn, filedOn.isAfter(due), by)
            .query(Long.class)
            .single();
    if (property != null) {
      jdbc.sql("update organisations.charity_trust set property = ? where id = ?")
          .params(property, trustId)
          .update();
    }
    audit.record(
        AuditEvent.success("organisations.trust.change", "charity_trust", "" + trustId, what));
    return id;
  }

  /**
   * Terminates the trust: the termination reason, the day it happened and the plan for the
   * remaining property, reported within 15 days (慈善法 2016 art. 56; lateness kept like a change's).
   * The trust leaves the totals; a terminated trust takes no further change.
   */
  @Transactional
  public long terminate(
      long trustId,
      @Nullable String reason,
      @Nullable String disposal,
      @Nullable LocalDate happenedOn,
      LocalDate filedOn,
      String by) {
    CharityTrust t = find(trustId).orElseThrow(() -> new RecordNotFoundException("charity trust"));
    if (!"ACTIVE".equals(t.status())) {
      throw new InvalidInput("reason", "终止：该慈善信托当前状态为" + t.statusLabel());
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "终止事由：不能为空");
    }
    if (disposal == null || disposal.isBlank()) {
      throw new InvalidInput("disposal", "剩余信托财产处分方案：不能为空");
    }
    if (happenedOn == null) {
      throw new InvalidInput("happenedOn", "终止日期：不能为空");
    }
    if (filedOn.isBefore(happenedOn) || happenedOn.isBefore(t.signedOn())) {
      throw new InvalidInput("happenedOn", "终止日期：应在信托设立之后、报告日期之前");
    }
    LocalDate due = deadline.due(happenedOn, FilingDeadline.TERMINATION_DAYS);
    long id =
        jdbc.sql(
                """
                insert into organisations.charity_trust_change
                       (trust_id, what, property, signed_on, filing_due, filed_on, late, filed_by)
                values (?, ?, null, ?, ?, ?, ?, ?) returning id""")
            .params(
                trustId,
                "终止：" + reason.strip() + "；剩余信托财产处分：" + disposal.strip(),
                happenedOn,
                due,
                filedOn,
                filedOn.isAfter(due),
                by)
            .query(Long.class)
            .single();
    jdbc.sql("update organisations.charity_trust set status = 'TERMINATED' where id = ?")
        .param(trustId)
        .update();
    audit.record(
        AuditEvent.success("organisations.trust.terminate", "charity_trust", "" + trustId, reason));
    return id;
  }

  /** The yearly report, published on {@code publishedOn}; once per year; sets the property. */
  @Transactional
  public long report(
      long trustId,
      int year,
      BigDecimal propertyEnd,
      BigDecimal spent,
      String summary,
      LocalDate publishedOn,
      String by) {
    CharityTrust t = find(trustId).orElseThrow(() -> new RecordNotFoundException("charity trust"));
    requireAmount("propertyEnd", "年末信托财产", propertyEnd);
    requireAmount("spent", "本年度慈善支出", spent);
    if (year < t.signedOn().getYear() || year >= publishedOn.getYear() + 1) {
      throw new InvalidInput("year", "报告年度：应在信托设立年度至今年之间");
    }
    if (summary == null || summary.isBlank()) {
      throw new InvalidInput("summary", "年度报告内容：不能为空");
    }
    Long id =
        jdbc.sql(
                """
                insert into organisations.charity_trust_report
                       (trust_id, year, property_end, spent, summary, published_on, filed_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (trust_id, year) do nothing returning id""")
            .params(trustId, year, propertyEnd, spent, summary.strip(), publishedOn, by)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (id == null) {
      throw new InvalidInput("year", "报告年度：" + year + "年度报告已公布");
    }
    jdbc.sql(
            """
            update organisations.charity_trust set property = ? where id = ?
               and ? >= coalesce((select max(year) from organisations.charity_trust_report
                                   where trust_id = ?), ?)""")
        .params(propertyEnd, trustId, year, trustId, year)
        .update();
    audit.record(
        AuditEvent.success("organisations.trust.report", "charity_trust", "" + trustId, "" + year));
    return id;
  }

  public Optional<CharityTrust> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from organisations.charity_trust where id = ?")
        .param(id)
        .query(CharityTrust.class)
        .optional();
  }

  public List<Change> changes(long trustId) {
    return jdbc.sql(
            """
            select id, trust_id, what, property, signed_on, filing_due, filed_on, late
              from organisations.charity_trust_change where trust_id = ? order by id""")
        .param(trustId)
        .query(Change.class)
        .list();
  }

  /** The published reports of a trust, newest first. */
  public List<Report> reports(long trustId) {
    return jdbc.sql(
            """
            select id, trust_id, year, property_end, spent, summary, published_on
              from organisations.charity_trust_report where trust_id = ? order by year desc""")
        .param(trustId)
        .query(Report.class)
        .list();
  }

  /** The trusts of the region, optionally only the late filings. */
  public PageResult<CharityTrust> page(
      RegionFilter scope, @Nullable String q, boolean lateOnly, PageQuery page) {
    String like = q == null || q.isBlank() ? null : "%" + q.strip() + "%";
    String where =
        """
        (? or region_code = any(?)) and (cast(? as text) is null or name like ? or trustee_name like ?)
        and (not ? or late or id in (select trust_id from organisations.charity_trust_change where late))""";
    Object[] params = {scope.unrestricted(), scope.codesArray(), like, like, like, lateOnly};
    long total =
        jdbc.sql("select count(*) from organisations.charity_trust where " + where)
            .params(params)
            .query(Long.class)
            .single();
    List<CharityTrust> rows =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from organisations.charity_trust where "
                    + where
                    + " order by "
                    + page.orderBy()
                    + ", id limit "
                    + page.size()
                    + " offset "
                    + page.offset())
            .params(params)
            .query(CharityTrust.class)
            .list();
    return new PageResult<>(rows, page, total);
  }

  /** Trusts in force in the region and their property (the brief: 25 trusts, 1.06亿 yuan). */
  public Totals totals(RegionFilter scope) {
    return jdbc.sql(
            """
            select count(*) filter (where status = 'ACTIVE'),
                   coalesce(sum(property) filter (where status = 'ACTIVE'), 0),
                   count(*) filter (where late)
              from organisations.charity_trust where ? or region_code = any(?)""")
        .params(scope.unrestricted(), scope.codesArray())
        .query((rs, n) -> new Totals(rs.getLong(1), rs.getBigDecimal(2), rs.getLong(3)))
        .single();
  }

  private static void requireAmount(String field, String label, @Nullable BigDecimal v) {
    if (v == null || v.signum() < 0 || v.scale() > 2) {
      throw new InvalidInput(field, label + "：应为不小于0的金额，最多两位小数");
    }
  }
}
