package cn.minzheng.assistance.cases;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 定期复核: yearly for stable households, every 6 months for 扶持型 (members able to work, unstable
 * income). Reviews are generated for every confirmed case that has none open; the outcome takes
 * effect from its month: continue, adjust (new household income), stop (last month paid is the
 * month before).
 */
@Service("assistancePeriodicReviews")
public class PeriodicReviews {

  private final JdbcClient jdbc;
  private final DataScope scope;
  private final CaseHistory history;
  private final CaseDecisions decisions;

  PeriodicReviews(JdbcClient jdbc, DataScope scope, CaseHistory history, CaseDecisions decisions) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.history = history;
    this.decisions = decisions;
  }

  /** Daily: one open review per confirmed case, due at its next review date. Idempotent. */
  @Scheduled(cron = "${minzheng.assistance.reviews.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
  public int generate() {
    return jdbc.sql(
            """
            insert into assistance.review (case_id, due_on)
            select c.id, c.next_review_on from assistance.assistance_case c
             where c.state = 'CONFIRMED' and c.type in ('DIBAO', 'TEKUN')
               and c.next_review_on is not null
               and not exists (select 1 from assistance.review r
                                where r.case_id = c.id and r.outcome is null)
            on conflict (case_id, due_on) do nothing""")
        .update();
  }

  /** Open reviews due by {@code until}, in the caller's scope, oldest first. */
  /** One page of the reviews due by {@code until} in scope, the earliest due first. */
  public PageResult<DueReview> due(LocalDate until, PageQuery query) {
    RegionFilter f = scope.current();
    String where =
        """
          from assistance.review r join assistance.assistance_case c on c.id = r.case_id
         where r.outcome is null and r.due_on <= ? and c.state = 'CONFIRMED'
           and (? or c.region_code = any(?))
        """;
    long total =
        jdbc.sql("select count(*) " + where)
            .params(until, f.unrestricted(), f.codesArray())
            .query(Long.class)
            .single();
    List<DueReview> rows =
        jdbc.sql(
                "select r.id, r.case_id, c.case_no, c.applicant_name, c.type, r.due_on,"
                    + " c.review_cycle_months "
                    + where
                    + " order by r.due_on, r.id limit ? offset ?")
            .params(until, f.unrestricted(), f.codesArray(), query.size(), query.offset())
            .query(
                (rs, n) ->
                    new DueReview(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getInt(7)))
            .list();
    return new PageResult<>(rows, query, total);
  }

  @Transactional
  public void decide(
      long reviewId,
      Outcome outcome,
      YearMonth effective,
      BigDecimal newIncome,
      String note,
      StaffUser by) {
    outcome.requireRole(by);
    var row =
        jdbc.sql(
                """
                select r.case_id, r.due_on, c.region_code, c.review_cycle_months
                  from assistance.review r join assistance.assistance_case c on c.id = r.case_id
                 where r.id = ? and r.outcome is null for update of r""")
            .param(reviewId)
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getInt(4)
                    })
            .optional()
            .orElseThrow(() -> new RecordNotFoundException("review"));
    scope.requireInScope((String) row[2]);
    long caseId = (Long) row[0];
    if (outcome == Outcome.ADJUST && (newIncome == null || newIncome.signum() < 0)) {
      throw new CaseRuleViolation("review-income", "调整后家庭月收入：请填写不小于0的金额。");
    }
    jdbc.sql(
            """
            update assistance.review set outcome = ?, effective_month = ?, new_income = ?,
                   note = ?, decided_by = ?, decided_at = now() where id = ?""")
        .params(outcome.name(), effective.atDay(1), newIncome, note, by.username(), reviewId)
        .update();
    switch (outcome) {
      case ADJUST ->
          jdbc.sql(
                  """
                  insert into assistance.case_income (case_id, from_month, household_income, reason)
                  values (?, ?, ?, '定期复核调整')
                  on conflict (case_id, from_month) do update
                     set household_income = excluded.household_income, reason = excluded.reason""")
              .params(caseId, effective.atDay(1), newIncome)
              .update();
      case STOP -> decisions.end(caseId, effective.minusMonths(1), "定期复核停发", by);
      default -> {}
    }
    if (outcome != Outcome.STOP) {
      LocalDate next = ((LocalDate) row[1]).plusMonths((Integer) row[3]);
      jdbc.sql(
              "update assistance.assistance_case set next_review_on = ?, review_flag = null"
                  + " where id = ?")
          .params(next, caseId)
          .update();
      generate();
    }
    history.record(
        caseId,
        by,
        null,
        "review",
        null,
        null,
        outcome.label() + "，自 " + effective + " 起" + (note == null ? "" : "：" + note));
  }

  public enum Outcome {
    CONTINUE("继续保障", CaseRoles.OFFICE),
    ADJUST("调整保障金额", CaseRoles.COUNTY),
    STOP("停止保障", CaseRoles.COUNTY);

    private final String label;
    private final Set<Role> roles;

    Outcome(String label, Set<Role> roles) {
      this.label = label;
      this.roles = roles;
    }

    public String label() {
      return label;
    }

    /** The street office continues a benefit; changing or stopping it is the county's (403). */
    public void requireRole(StaffUser by) {
      CaseRoles.require(roles, by, label);
    }
  }

  public record DueReview(
      long id,
      long caseId,
      String caseNo,
      String applicantName,
      String type,
      LocalDate dueOn,
      int cycleMonths) {}
}
