package cn.minzheng.organisations.reports;

import cn.minzheng.organisations.register.Notices;
import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.organisations.register.OrganisationQueries;
import cn.minzheng.organisations.reports.AnnualReport.Filing;
import cn.minzheng.organisations.reports.ReportDeadlines.Deadline;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.InvalidInput.FieldMessage;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 年度报告: filed once per organisation and year (finances, activities, staff, changes), late when it
 * reaches the registration authority after the type's deadline; reviewed 合格/基本合格/不合格 with findings;
 * the list of registered organisations that have not reported, and reminders in their inbox.
 * Community organisations filed at the street do not report here.
 */
@Service
public class AnnualReports {

  static final String COLUMNS =
      """
      r.id, r.organisation_id, o.name as organisation_name, r.year, r.region_code,
      r.supervising_ok_on, r.submitted_on, r.late, r.income, r.expenditure, r.net_assets,
      r.staff_count, r.activities, r.changes, r.result, r.findings, r.reviewed_by, r.reviewed_on""";

  /** Registered organisations that owe the report of a year (registered by its end, not closed). */
  static final String OWING =
      """
      o.kind <> 'COMMUNITY_FILED' and o.status in ('NORMAL', 'RECTIFYING')
      and o.registered_on <= make_date(:year, 12, 31)""";

  private final JdbcClient jdbc;
  private final ReportDeadlines deadlines;
  private final OrganisationQueries organisations;
  private final Notices notices;
  private final AuditLog audit;

  AnnualReports(
      JdbcClient jdbc,
      ReportDeadlines deadlines,
      OrganisationQueries organisations,
      Notices notices,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.deadlines = deadlines;
    this.organisations = organisations;
    this.notices = notices;
    this.audit = audit;
  }

  @Transactional
  public long file(long organisationId, Filing filing, LocalDate on, String by) {
    Organisation o =
        organisations
            .find(organisationId)
            .orElseThrow(() -> new RecordNotFoundException("organisation"));
    OrganisationKind kind = OrganisationKind.valueOf(o.kind());
    List<FieldMessage> errors = new ArrayList<>();
    if (!kind.registered()) {
      errors.add(new FieldMessage("year", "年度：备案社区社会组织不报送年度报告"));
    } else if (filing.year() >= on.getYear() || filing.year() < o.registeredOn().getYear()) {
      errors.add(new FieldMessage("year", "年度：须为成立以来已结束的年度"));
    }
    if (filing.activities() == null || filing.activities().isBlank()) {
      errors.add(new FieldMessage("activities", "业务活动情况：不能为空"));
    }
    if (filing.income().signum() < 0) {
      errors.add(new FieldMessage("income", "本年收入：不能为负数"));
    }
    if (filing.expenditure().signum() < 0) {
      errors.add(new FieldMessage("expenditure", "本年支出：不能为负数"));
    }
    if (filing.staffCount() < 0) {
      errors.add(new FieldMessage("staffCount", "专职工作人员：不能为负数"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Deadline deadline = deadlines.of(kind);
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into organisations.annual_report (organisation_id, year, region_code,
                         supervising_ok_on, submitted_on, late, income, expenditure, net_assets,
                         staff_count, activities, changes, submitted_by)
                  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
              .params(
                  organisationId,
                  filing.year(),
                  o.regionCode(),
                  filing.supervisingOkOn(),
                  on,
                  deadline.late(filing.year(), on),
                  filing.income(),
                  filing.expenditure(),
                  filing.netAssets(),
                  filing.staffCount(),
                  filing.activities().strip(),
                  filing.changes(),
                  by)
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw new InvalidInput("year", "年度：该年度报告已报送");
    }
    audit.record(
        AuditEvent.success(
            "organisations.report.file", "annual-report", "" + id, "" + filing.year()));
    return id;
  }

  @Transactional
  public void review(
      long reportId, ReviewResult result, @Nullable String findings, LocalDate on, String by) {
    AnnualReport r = find(reportId).orElseThrow(() -> new RecordNotFoundException("annual-report"));
    if (r.result() != null) {
      throw new InvalidInput("result", "审查结论：该报告已审查");
    }
    if (result != ReviewResult.QUALIFIED && (findings == null || findings.isBlank())) {
      throw new InvalidInput("findings", "审查意见：基本合格或不合格须写明问题");
    }
    jdbc.sql(
            """
            update organisations.annual_report set result = ?, findings = ?, reviewed_by = ?,
                   reviewed_on = ? where id = ?""")
        .params(result.name(), findings, by, on, reportId)
        .update();
    notices.send(
        r.organisationId(),
        "report-review-" + r.year(),
        r.year()
            + "年度报告审查结论："
            + result.label()
            + (findings == null || findings.isBlank() ? "" : "。" + findings));
    audit.record(
        AuditEvent.success(
            "organisations.report.review", "annual-report", "" + reportId, result.name()));
  }

  public Optional<AnnualReport> find(long id) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from organisations.annual_report r join organisations.organisation o on o.id = r.organisation_id where r.id = ?")
        .param(id)
        .query(AnnualReport.class)
        .optional();
  }

  public List<AnnualReport> of(long organisationId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from organisations.annual_report r join organisations.organisation o on o.id = r.organisation_id where r.organisation_id = ? order by r.year desc")
        .param(organisationId)
        .query(AnnualReport.class)
        .list();
  }

  public PageResult<AnnualReport> page(
      RegionFilter scope, int year, boolean unreviewed, PageQuery page) {
    String where = "r.year = ? and (? or r.region_code = any(?)) and (not ? or r.result is null)";
    Object[] params = {year, scope.unrestricted(), scope.codesArray(), unreviewed};
    long total =
        jdbc.sql("select count(*) from organisations.annual_report r where " + where)
            .params(params)
            .query(Long.class)
            .single();
    List<AnnualReport> rows =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from organisations.annual_report r join organisations.organisation o on o.id = r.organisation_id where "
                    + where
                    + " order by r.submitted_on desc, r.id desc limit "
                    + page.size()
                    + " offset "
                    + page.offset())
            .params(params)
            .query(AnnualReport.class)
            .list();
    return new PageResult<>(rows, page, total);
  }

  /** Registered organisations of the scope that have not reported for {@code year}. */
  public PageResult<Organisation> notReported(RegionFilter scope, int year, PageQuery page) {
    String where =
        OWING
            + " and (:all or o.region_code = any(:codes)) and not exists (select 1 from"
            + " organisations.annual_report r where r.organisation_id = o.id and r.year = :year)";
    long total =
        jdbc.sql("select count(*) from organisations.organisation o where " + where)
            .param("year", year)
            .param("all", scope.unrestricted())
            .param("codes", scope.codesArray())
            .query(Long.class)
            .single();
    List<Organisation> rows =
        jdbc.sql(
                "select "
                    + prefixed()
                    + " from organisations.organisation o where "
                    + where
                    + " order by o.name, o.id limit :limit offset :offset")
            .param("year", year)
            .param("all", scope.unrestricted())
            .param("codes", scope.codesArray())
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(Organisation.class)
            .list();
    return new PageResult<>(rows, page, total);
  }

  /** Reminds every organisation of the scope that has not reported for {@code year}, once each. */
  @Transactional
  public int remind(RegionFilter scope, int year) {
    int sent =
        jdbc.sql(
                """
                insert into organisations.notice (organisation_id, topic, text)
                select o.id, 'report-reminder-' || :year,
                       '请报送' || :year || '年度工作报告：登记管理机关截止日为'
                       || to_char(make_date(:year + 1, d.authority_month, d.authority_day), 'YYYY年MM月DD日')
                       || '，逾期未报将依《社会组织信用信息管理办法》列入活动异常名录。'
                  from organisations.organisation o
                  join organisations.report_deadline d on d.kind = o.kind
                 where %s and (:all or o.region_code = any(:codes))
                   and not exists (select 1 from organisations.annual_report r
                                    where r.organisation_id = o.id and r.year = :year)
                on conflict (organisation_id, topic) do nothing"""
                    .formatted(OWING))
            .param("year", year)
            .param("all", scope.unrestricted())
            .param("codes", scope.codesArray())
            .update();
    audit.record(
        AuditEvent.success("organisations.report.remind", "annual-report", "" + year, sent + "家"));
    return sent;
  }

  private static String prefixed() {
    return OrganisationQueries.COLUMNS_FOR_ALIAS;
  }
}
