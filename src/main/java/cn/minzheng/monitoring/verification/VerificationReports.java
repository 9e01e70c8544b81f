package cn.minzheng.monitoring.verification;

import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading reports (scope-checked, audited) and members' disputes of a fact. */
@Service
public class VerificationReports {

  private final JdbcClient jdbc;
  private final DataScope scope;
  private final AuditLog audit;

  VerificationReports(JdbcClient jdbc, DataScope scope, AuditLog audit) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.audit = audit;
  }

  public VerificationReport require(long id) {
    Map<String, Object> v =
        jdbc
            .sql("select * from monitoring.verification where id = ?")
            .param(id)
            .query()
            .listOfRows()
            .stream()
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException("no verification"));
    scope.requireInScope((String) v.get("region_code"));
    audit.record(
        AuditEvent.success(
            "monitoring.verification.view", "verification", String.valueOf(id), null));
    return new VerificationReport(
        id,
        (Long) v.get("household_id"),
        (String) v.get("region_code"),
        (Long) v.get("case_id"),
        (String) v.get("consent_ref"),
        ((java.sql.Date) v.get("as_of")).toLocalDate(),
        (Integer) v.get("member_count"),
        (java.math.BigDecimal) v.get("household_income"),
        (java.math.BigDecimal) v.get("per_capita_income"),
        (java.math.BigDecimal) v.get("standard"),
        (Boolean) v.get("assets_ok"),
        (String) v.get("conclusion"),
        (Boolean) v.get("complete"),
        ((java.sql.Date) v.get("valid_until")).toLocalDate(),
        (Long) v.get("previous_id"),
        ((java.sql.Timestamp) v.get("requested_at")).toInstant(),
        (String) v.get("requested_by"),
        facts(id),
        assets(id),
        disputes(id));
  }

  /** The figures of a report for the assistance SPI (the caller checked its own scope). */
  public Summary summary(long id) {
    return jdbc.sql(
            "select household_income, per_capita_income, assets_ok, conclusion, valid_until,"
                + " complete from monitoring.verification where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Summary(
                    rs.getBigDecimal(1),
                    rs.getBigDecimal(2),
                    rs.getBoolean(3),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class),
                    rs.getBoolean(6)))
        .single();
  }

  public record Summary(
      java.math.BigDecimal householdIncome,
      java.math.BigDecimal perCapitaIncome,
      boolean assetsOk,
      String conclusion,
      LocalDate validUntil,
      boolean complete) {}

  /** The columns the list sorts by (the pager's whitelist). */
  public static final java.util.Set<String> SORTS = java.util.Set.of("id", "as_of", "valid_until");

  /** A report as the list shows it. */
  public record ReportRow(
      long id,
      @org.jspecify.annotations.Nullable Long householdId,
      String regionCode,
      LocalDate asOf,
      java.math.BigDecimal perCapitaIncome,
      String conclusion,
      LocalDate validUntil) {}

  /**
   * One page of the reports in the caller's scope, newest first unless sorted otherwise; {@code
   * validOn}: only those still valid that day ({@code null}: all).
   */
  public PageResult<ReportRow> page(
      @org.jspecify.annotations.Nullable LocalDate validOn, PageQuery query) {
    RegionFilter filter = scope.current();
    String where =
        " from monitoring.verification where (? or region_code = any(?))"
            + " and (?::date is null or valid_until >= ?::date)";
    List<Object> params =
        new java.util.ArrayList<>(
            java.util.Arrays.asList(filter.unrestricted(), filter.codesArray(), validOn, validOn));
    long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
    params.add(query.size());
    params.add(query.offset());
    List<ReportRow> rows =
        jdbc.sql(
                "select id, household_id, region_code, as_of, per_capita_income, conclusion,"
                    + " valid_until"
                    + where
                    + " order by "
                    + query.orderBy()
                    + ", id desc limit ? offset ?")
            .params(params)
            .query(ReportRow.class)
            .list();
    return new PageResult<>(rows, query, total);
  }

  /** A member disputes a fact of the report: recorded open, for the staff of the region. */
  @Transactional
  public long dispute(long verificationId, long factId, String reason, String by) {
    VerificationReport report = require(verificationId);
    if (report.facts().stream().noneMatch(f -> f.id() == factId)) {
      throw new RecordNotFoundException("fact not in report");
    }
    if (reason == null || reason.isBlank()) {
      throw new VerificationRefusedException("异议理由不能为空");
    }
    long id =
        jdbc.sql(
                "insert into monitoring.dispute (verification_id, fact_id, region_code, raised_by,"
                    + " reason) values (?, ?, ?, ?, ?) returning id")
            .params(verificationId, factId, report.regionCode(), by, reason)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success(
            "monitoring.verification.dispute",
            "verification",
            String.valueOf(verificationId),
            null));
    return id;
  }

  /**
   * Across regions: the report is in the caller's scope (checked), and the facts it used include
   * those recorded while a member lived in another region.
   */
  private List<VerificationReport.Fact> facts(long id) {
    return scope.acrossRegions(() -> factsOf(id));
  }

  private List<VerificationReport.Fact> factsOf(long id) {
    return jdbc.sql(
            """
            select f.id, f.person_id, f.feed_type, f.fact_date, f.amount, f.detail, f.source, vf.counted
              from monitoring.verification_fact vf join monitoring.fact f on f.id = vf.fact_id
             where vf.verification_id = ? order by f.person_id, f.feed_type, f.fact_date desc""")
        .param(id)
        .query(
            (rs, n) ->
                new VerificationReport.Fact(
                    rs.getLong(1),
                    rs.getLong(2),
                    FeedType.valueOf(rs.getString(3)),
                    rs.getObject(4, LocalDate.class),
                    rs.getBigDecimal(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getBoolean(8)))
        .list();
  }

  private List<VerificationReport.Asset> assets(long id) {
    return jdbc.sql(
            "select label, value, limit_value, passed from monitoring.verification_asset"
                + " where verification_id = ? order by rule_code")
        .param(id)
        .query(
            (rs, n) ->
                new VerificationReport.Asset(
                    rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBoolean(4)))
        .list();
  }

  private List<VerificationReport.Dispute> disputes(long id) {
    return jdbc.sql(
            "select id, fact_id, raised_by, reason, state, raised_at from monitoring.dispute"
                + " where verification_id = ? order by id")
        .param(id)
        .query(
            (rs, n) ->
                new VerificationReport.Dispute(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getObject(6, OffsetDateTime.class).toInstant()))
        .list();
  }
}
