package cn.minzheng.organisations.projects;

import cn.minzheng.organisations.projects.ProjectApplication.Proposal;
import cn.minzheng.organisations.projects.ProjectApplication.Score;
import cn.minzheng.organisations.projects.ProjectCall.Opening;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 社会组织专项资金项目 (domain-rules §9.4): calls, applications with their eligibility, one score per
 * reviewer, approval within the call's budget with the grant paid once through {@code payments},
 * rejection, and the mid-term and final evaluations.
 */
@Service
public class SpecialFundProjects {

  public static final Set<String> SORTS = Set.of("rank", "submitted_on", "organisation_name", "id");

  private static final String CALLS =
      """
      select c.id, c.year, c.title, c.budget, array_to_string(c.categories, ',') as categories,
             c.opens_on, c.closes_on, c.criteria, c.min_reviewers, c.pass_score,
             coalesce(sum(a.approved_amount), 0) as approved_total, count(a.id) as applications,
             count(a.id) filter (where a.status = 'APPROVED') as approved
        from organisations.project_call c
        left join organisations.project_application a on a.call_id = c.id
      """;

  /** Applications with their average and their rank in the whole call (not only the caller's). */
  private static final String RANKED =
      """
      select a.id, a.call_id, c.title as call_title, a.organisation_id, a.organisation_name,
             a.region_code, a.title, a.category, a.requested, a.summary, a.submitted_on, a.status,
             a.approved_amount, a.decided_on, a.decision_note, coalesce(s.n, 0)::int as reviewers,
             s.average as average_score,
             rank() over (partition by a.call_id order by s.average desc nulls last) as rank,
             g.grant_number
        from organisations.project_application a
        join organisations.project_call c on c.id = a.call_id
        left join (select application_id, count(*) as n, round(avg(score), 2) as average
                     from organisations.project_score group by application_id) s
               on s.application_id = a.id
        left join organisations.project_grant g on g.application_id = a.id
      """;

  private final JdbcClient jdbc;
  private final Eligibility eligibility;
  private final OrganisationQueries organisations;
  private final GrantPayments payments;
  private final GrantPayees payees;
  private final Notices notices;
  private final AuditLog audit;
  private final TransactionTemplate tx;

  SpecialFundProjects(
      JdbcClient jdbc,
      Eligibility eligibility,
      OrganisationQueries organisations,
      GrantPayments payments,
      GrantPayees payees,
      Notices notices,
      AuditLog audit,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.eligibility = eligibility;
    this.organisations = organisations;
    this.payments = payments;
    this.payees = payees;
    this.notices = notices;
    this.audit = audit;
    this.tx = new TransactionTemplate(transactions);
  }

  @Transactional
  public long openCall(Opening o, String by) {
    if (o.year() < 2016 || o.year() > 2100) {
      throw new InvalidInput("year", "年度：应在2016至2100之间");
    }
    if (o.title() == null || o.title().isBlank()) {
      throw new InvalidInput("title", "批次名称：不能为空");
    }
    if (o.budget() == null || o.budget().signum() <= 0 || o.budget().scale() > 2) {
      throw new InvalidInput("budget", "预算总额：应为大于0的金额，最多两位小数");
    }
    if (o.categories() == null || o.categories().isEmpty()) {
      throw new InvalidInput("categories", "资助领域：至少选择一项");
    }
    if (o.opensOn() == null) {
      throw new InvalidInput("opensOn", "申报开始日期：不能为空");
    }
    if (o.closesOn() == null || o.closesOn().isBefore(o.opensOn())) {
      throw new InvalidInput("closesOn", "申报截止日期：不能早于开始日期");
    }
    if (o.criteria() == null || o.criteria().isBlank()) {
      throw new InvalidInput("criteria", "评分标准：不能为空");
    }
    if (o.minReviewers() < 1 || o.minReviewers() > 9) {
      throw new InvalidInput("minReviewers", "评审专家人数：应在1至9之间");
    }
    if (o.passScore() == null
        || o.passScore().signum() < 0
        || o.passScore().compareTo(HUNDRED) > 0) {
      throw new InvalidInput("passScore", "立项最低平均分：应在0至100之间");
    }
    long id =
        jdbc.sql(
                """
                insert into organisations.project_call (year, title, budget, categories, opens_on,
                       closes_on, criteria, min_reviewers, pass_score, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                o.year(),
                o.title().strip(),
                o.budget(),
                o.categories().stream().distinct().map(Enum::name).toArray(String[]::new),
                o.opensOn(),
                o.closesOn(),
                o.criteria().strip(),
                o.minReviewers(),
                o.passScore(),
                by)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success("organisations.project.call", "project_call", "" + id, o.title()));
    return id;
  }

  public Optional<ProjectCall> call(long id) {
    return jdbc.sql(CALLS + " where c.id = ? group by c.id")
        .param(id)
        .query(ProjectCall.class)
        .optional();
  }

  /** The calls of a year (all years when null), newest first. */
  public PageResult<ProjectCall> calls(@Nullable Integer year, PageQuery page) {
    long total =
        jdbc.sql(
                "select count(*) from organisations.project_call where cast(? as int) is null or year = ?")
            .params(year, year)
            .query(Long.class)
            .single();
    List<ProjectCall> rows =
        jdbc.sql(
                CALLS
                    + " where cast(? as int) is null or c.year = ? group by c.id"
                    + " order by c.opens_on desc, c.id desc limit "
                    + page.size()
                    + " offset "
                    + page.offset())
            .params(year, year)
            .query(ProjectCall.class)
            .list();
    return new PageResult<>(rows, page, total);
  }

  /** The calls accepting applications on {@code day}. */
  public List<ProjectCall> openCalls(LocalDate day) {
    return jdbc.sql(
            CALLS
                + " where ? between c.opens_on and c.closes_on group by c.id order by c.closes_on")
        .param(day)
        .query(ProjectCall.class)
        .list();
  }

  /**
   * An application of {@code organisation} on {@code day}: the call open, the organisation
   * eligible.
   */
  @Transactional
  public long apply(long callId, Organisation organisation, Proposal p, LocalDate day, String by) {
    ProjectCall call = call(callId).orElseThrow(() -> new InvalidInput("callId", "申报批次：请选择"));
    if (!call.openOn(day)) {
      throw new InvalidInput(
          "callId", "申报批次：" + call.title() + "的申报期为" + call.opensOn() + "至" + call.closesOn());
    }
    if (p.title() == null || p.title().isBlank()) {
      throw new InvalidInput("title", "项目名称：不能为空");
    }
    if (p.category() == null || !call.allows(p.category())) {
      throw new InvalidInput("category", "资助领域：应为本批次的" + call.categoryLabels() + "之一");
    }
    if (p.requested() == null || p.requested().signum() <= 0 || p.requested().scale() > 2) {
      throw new InvalidInput("requested", "申请金额：应为大于0的金额，最多两位小数");
    }
    if (p.requested().compareTo(call.budget()) > 0) {
      throw new InvalidInput("requested", "申请金额：不能超过本批次预算" + call.budget() + "元");
    }
    if (p.summary() == null || p.summary().isBlank()) {
      throw new InvalidInput("summary", "项目概要：不能为空");
    }
    eligibility.require(organisation, day);
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into organisations.project_application (call_id, organisation_id,
                         organisation_name, region_code, title, category, requested, summary,
                         submitted_on, submitted_by)
                  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
              .params(
                  callId,
                  organisation.id(),
                  organisation.name(),
                  organisation.regionCode(),
                  p.title().strip(),
                  p.category().name(),
                  p.requested(),
                  p.summary().strip(),
                  day,
                  by)
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException twice) {
      throw new InvalidInput("callId", "申报批次：" + organisation.name() + "已申报本批次，每批次限申报一个项目");
    }
    audit.record(
        AuditEvent.success(
            "organisations.project.apply", "project_application", "" + id, p.title()));
    return id;
  }

  /** A reviewer's score (0–100, two decimals); once per reviewer, before the decision. */
  @Transactional
  public void score(
      long applicationId,
      String reviewer,
      @Nullable BigDecimal score,
      @Nullable String remarks,
      LocalDate day) {
    ProjectApplication a = require(applicationId);
    if (!"SUBMITTED".equals(a.status())) {
      throw new InvalidInput("score", "评分：该项目已" + a.statusLabel() + "，不再评分");
    }
    if (score == null || score.signum() < 0 || score.compareTo(HUNDRED) > 0 || score.scale() > 2) {
      throw new InvalidInput("score", "评分：应为0至100之间的分数，最多两位小数");
    }
    int inserted =
        jdbc.sql(
                """
                insert into organisations.project_score (application_id, reviewer, score, remarks, scored_on)
                values (?, ?, ?, ?, ?) on conflict (application_id, reviewer) do nothing""")
            .params(applicationId, reviewer, score, remarks == null ? null : remarks.strip(), day)
            .update();
    if (inserted == 0) {
      throw new InvalidInput("score", "评分：您已为该项目评过分，每位评审专家只评一次");
    }
    audit.record(
        AuditEvent.success(
            "organisations.project.score",
            "project_application",
            "" + applicationId,
            score.toPlainString()));
  }

  /**
   * Approves within the call's budget and hands the grant to payments (pay month: the month of the
   * decision, or the next open one). Returns the grant number.
   */
  public String approve(
      long applicationId,
      @Nullable BigDecimal amount,
      @Nullable String note,
      LocalDate day,
      String by) {
    String[] result = new String[2];
    tx.executeWithoutResult(s -> result[0] = decideApproval(applicationId, amount, note, day, by));
    payments.submit(YearMonth.from(day));
    return result[0];
  }

  private String decideApproval(
      long applicationId,
      @Nullable BigDecimal amount,
      @Nullable String note,
      LocalDate day,
      String by) {
    ProjectApplication a = require(applicationId);
    // one decision at a time per call: the budget check and the insert see every earlier approval
    jdbc.sql("select id from organisations.project_call where id = ? for update")
        .param(a.callId())
        .query(Long.class)
        .single();
    a = require(applicationId);
    ProjectCall call = call(a.callId()).orElseThrow();
    if (!"SUBMITTED".equals(a.status())) {
      throw new InvalidInput("amount", "立项：该项目已" + a.statusLabel());
    }
    if (a.reviewers() < call.minReviewers()) {
      throw new InvalidInput(
          "amount", "立项：需" + call.minReviewers() + "位评审专家评分，目前" + a.reviewers() + "位");
    }
    if (a.averageScore() == null || a.averageScore().compareTo(call.passScore()) < 0) {
      throw new InvalidInput(
          "amount",
          "立项：平均分"
              + a.averageScore()
              + "低于本批次立项最低分"
              + call.passScore().stripTrailingZeros().toPlainString());
    }
    if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
      throw new InvalidInput("amount", "立项金额：应为大于0的金额，最多两位小数");
    }
    if (amount.compareTo(a.requested()) > 0) {
      throw new InvalidInput("amount", "立项金额：不能超过申请金额" + a.requested() + "元");
    }
    if (amount.compareTo(call.remaining()) > 0) {
      throw new InvalidInput("amount", "立项金额：超出本批次剩余预算" + call.remaining() + "元");
    }
    Organisation o = organisations.find(a.organisationId()).orElseThrow();
    eligibility.require(o, day);
    GrantPayees.Payee payee = payees.payeeOf(o);
    jdbc.sql(
            """
            update organisations.project_application
               set status = 'APPROVED', approved_amount = ?, decided_on = ?, decided_by = ?,
                   decision_note = ?
             where id = ? and status = 'SUBMITTED'""")
        .params(
            amount, day, by, note == null || note.isBlank() ? null : note.strip(), applicationId)
        .update();
    String grant =
        jdbc.sql(
                """
                insert into organisations.project_grant (application_id, grant_number, amount,
                       payee_id, payee_person_id, region_code, pay_month)
                values (?, '成民专资' || ? || '-' || lpad(nextval('organisations.project_grant_seq')::text, 5, '0'),
                        ?, ?, ?, ?, ?)
                returning grant_number""")
            .params(
                applicationId,
                day.getYear(),
                amount,
                payee.organisationPayeeId(),
                payee.personId(),
                a.regionCode(),
                YearMonth.from(day).atDay(1))
            .query(String.class)
            .single();
    notices.send(
        a.organisationId(),
        "project-decision-" + applicationId,
        "专项资金项目“" + a.title() + "”已立项，资助" + amount + "元（" + grant + "），资金将通过发放名册拨付。");
    audit.record(
        AuditEvent.success(
            "organisations.project.approve",
            "project_application",
            "" + applicationId,
            grant + " " + amount));
    return grant;
  }

  @Transactional
  public void reject(long applicationId, @Nullable String note, LocalDate day, String by) {
    ProjectApplication a = require(applicationId);
    if (note == null || note.isBlank()) {
      throw new InvalidInput("note", "不予立项理由：不能为空");
    }
    int done =
        jdbc.sql(
                """
                update organisations.project_application
                   set status = 'REJECTED', decided_on = ?, decided_by = ?, decision_note = ?
                 where id = ? and status = 'SUBMITTED'""")
            .params(day, by, note.strip(), applicationId)
            .update();
    if (done == 0) {
      throw new InvalidInput("note", "不予立项：该项目已" + a.statusLabel());
    }
    notices.send(
        a.organisationId(),
        "project-decision-" + applicationId,
        "专项资金项目“" + a.title() + "”未予立项：" + note.strip());
    audit.record(
        AuditEvent.success(
            "organisations.project.reject", "project_application", "" + applicationId, note));
  }

  /** The mid-term evaluation, then the final one; only of an approved project. */
  @Transactional
  public void evaluate(
      long applicationId,
      Evaluation.@Nullable Stage stage,
      Evaluation.@Nullable Result result,
      @Nullable String findings,
      LocalDate day,
      String by) {
    ProjectApplication a = require(applicationId);
    if (!"APPROVED".equals(a.status())) {
      throw new InvalidInput("stage", "评估：只评估已立项的项目");
    }
    if (stage == null) {
      throw new InvalidInput("stage", "评估阶段：请选择");
    }
    if (result == null) {
      throw new InvalidInput("result", "评估结论：请选择");
    }
    if (findings == null || findings.isBlank()) {
      throw new InvalidInput("findings", "评估意见：不能为空");
    }
    if (a.decidedOn() != null && day.isBefore(a.decidedOn())) {
      throw new InvalidInput("stage", "评估：不能早于立项日期" + a.decidedOn());
    }
    List<Evaluation> done = evaluations(applicationId);
    if (done.stream().anyMatch(e -> e.stage().equals(stage.name()))) {
      throw new InvalidInput("stage", "评估阶段：" + stage.label() + "已完成");
    }
    if (stage == Evaluation.Stage.FINAL && done.isEmpty()) {
      throw new InvalidInput("stage", "评估阶段：须先完成中期评估");
    }
    jdbc.sql(
            """
            insert into organisations.project_evaluation (application_id, stage, result, findings,
                   evaluated_on, evaluated_by)
            values (?, ?, ?, ?, ?, ?)""")
        .params(applicationId, stage.name(), result.name(), findings.strip(), day, by)
        .update();
    audit.record(
        AuditEvent.success(
            "organisations.project.evaluate",
            "project_application",
            "" + applicationId,
            stage.name() + " " + result.name()));
  }

  public Optional<ProjectApplication> find(long id) {
    return jdbc.sql(
            "select * from ("
                + RANKED
                + " where a.call_id = (select call_id from organisations.project_application where id = ?)) r where r.id = ?")
        .params(id, id)
        .query(ProjectApplication.class)
        .optional();
  }

  private ProjectApplication require(long id) {
    return find(id).orElseThrow(() -> new RecordNotFoundException("project application"));
  }

  /**
   * Applications in the region, of one call and/or one organisation when given, with a status and a
   * name filter.
   */
  public PageResult<ProjectApplication> page(
      RegionFilter scope,
      @Nullable Long callId,
      @Nullable Long organisationId,
      @Nullable String status,
      @Nullable String q,
      PageQuery page) {
    String like = q == null || q.isBlank() ? null : "%" + q.strip() + "%";
    String st = status == null || status.isBlank() ? null : status;
    String from =
        " from ("
            + RANKED
            + " where cast(? as bigint) is null or a.call_id = ?) r"
            + " where (? or r.region_code = any(?)) and (cast(? as bigint) is null or r.organisation_id = ?)"
            + " and (cast(? as text) is null or r.status = ?)"
            + " and (cast(? as text) is null or r.organisation_name like ? or r.title like ?)";
    Object[] params = {
      callId,
      callId,
      scope.unrestricted(),
      scope.codesArray(),
      organisationId,
      organisationId,
      st,
      st,
      like,
      like,
      like
    };
    long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
    List<ProjectApplication> rows =
        jdbc.sql(
                "select r.*"
                    + from
                    + " order by r."
                    + page.orderBy()
                    + ", r.id limit "
                    + page.size()
                    + " offset "
                    + page.offset())
            .params(params)
            .query(ProjectApplication.class)
            .list();
    return new PageResult<>(rows, page, total);
  }

  public List<Score> scores(long applicationId) {
    return jdbc.sql(
            "select reviewer, score, remarks, scored_on from organisations.project_score"
                + " where application_id = ? order by id")
        .param(applicationId)
        .query(Score.class)
        .list();
  }

  public boolean scoredBy(long applicationId, String reviewer) {
    return jdbc.sql(
            "select exists (select 1 from organisations.project_score where application_id = ? and reviewer = ?)")
        .params(applicationId, reviewer)
        .query(Boolean.class)
        .single();
  }

  public List<Evaluation> evaluations(long applicationId) {
    return jdbc.sql(
            "select stage, result, findings, evaluated_on, evaluated_by from organisations.project_evaluation"
                + " where application_id = ? order by id")
        .param(applicationId)
        .query(Evaluation.class)
        .list();
  }

  private static final BigDecimal HUNDRED = new BigDecimal("100");
}
