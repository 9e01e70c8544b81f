package cn.minzheng.assistance.cases;

import cn.minzheng.assistance.AssistanceEnded;
import cn.minzheng.assistance.AssistanceGranted;
import cn.minzheng.calendar.WorkingCalendar;
import cn.minzheng.platform.StaffUser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 县级确认, 不予纳入 with written reasons, 终止: the decisions, maker and checker kept apart. */
@Service
public class CaseDecisions {

  private final CaseWorkflow workflow;
  private final CaseStore store;
  private final CaseHistory history;
  private final WorkingCalendar workingDays;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;
  private final ApplicantNotices notices;
  private final CaseTransitions transitions;

  CaseDecisions(
      CaseWorkflow workflow,
      CaseStore store,
      CaseHistory history,
      WorkingCalendar workingDays,
      ApplicationEventPublisher events,
      JdbcClient jdbc,
      ApplicantNotices notices,
      CaseTransitions transitions) {
    this.transitions = transitions;
    this.workflow = workflow;
    this.store = store;
    this.history = history;
    this.workingDays = workingDays;
    this.events = events;
    this.jdbc = jdbc;
    this.notices = notices;
  }

  /** 县级确认: after publicity has ended, by an approver who did not propose the case. */
  @Transactional
  public void confirm(long caseId, StaffUser by, LocalDate today) {
    AssistanceCase c = workflow.begin(caseId, CaseAction.CONFIRM, by);
    PublicityPeriod.of(c)
        .filter(p -> !p.endedBy(today))
        .ifPresent(
            p -> {
              throw new CaseRuleViolation("publicity-running", "公示期至 " + p.to() + " 结束，公示期满后方可确认。");
            });
    if (c.proposedById() != null && c.proposedById() == by.id()) {
      throw new CaseRuleViolation("maker-checker", "确认人不能与提出审核意见的经办人为同一人。");
    }
    grant(c, by, today);
  }

  /** 临时救助 within the township's limit: approved by the reviewer, who must not be the filer. */
  void confirmByTownship(long caseId, StaffUser by, LocalDate today) {
    AssistanceCase c = store.lock(caseId);
    if (c.filedById() != null && c.filedById() == by.id()) {
      throw new CaseRuleViolation("maker-checker", "审批人不能与受理申请的经办人为同一人。");
    }
    jdbc.sql(
            "update assistance.assistance_case set proposed_by_id = filed_by_id,"
                + " proposed_by = created_by where id = ?")
        .param(caseId)
        .update();
    grant(c, by, today);
  }

  private void grant(AssistanceCase c, StaffUser by, LocalDate today) {
    YearMonth from = YearMonth.from(today).plusMonths(1);
    int cycle =
        jdbc.sql("select review_cycle_months from assistance.assistance_case where id = ?")
            .param(c.id())
            .query(Integer.class)
            .single();
    LocalDate nextReview = today.plusMonths(cycle);
    jdbc.sql(
            """
            update assistance.assistance_case
               set decided_by_id = ?, decided_by = ?, decided_on = ?, start_month = ?,
                   next_review_on = ?
             where id = ?""")
        .params(by.id(), by.displayName(), today, from.atDay(1), nextReview, c.id())
        .update();
    transitions.move(c, CaseState.CONFIRMED);
    jdbc.sql(
            """
            insert into assistance.case_income (case_id, from_month, household_income, reason)
            values (?, ?, coalesce(?, 0), '核对结果') on conflict do nothing""")
        .params(c.id(), from.atDay(1), c.householdIncome())
        .update();
    if (c.type() != cn.minzheng.assistance.AssistanceType.LINSHI) {
      jdbc.sql(
              "insert into assistance.review (case_id, due_on) values (?, ?) on conflict do nothing")
          .params(c.id(), nextReview)
          .update();
    }
    history.transition(c, by, CaseAction.CONFIRM, CaseState.CONFIRMED, "自 " + from + " 起发放");
    events.publishEvent(
        new AssistanceGranted(
            c.id(),
            c.householdId(),
            c.type(),
            c.category() == null ? null : c.category().name(),
            includedPersons(c.id()),
            c.regionCode(),
            from));
    notices.granted(c, from, today);
  }

  /** 不予纳入, with the written reasons the notice carries. */
  @Transactional
  public void refuse(long caseId, String reason, StaffUser by, LocalDate today) {
    AssistanceCase c = workflow.begin(caseId, CaseAction.REFUSE, by);
    if (reason == null || reason.strip().length() < 4) {
      throw new CaseRuleViolation("refusal-reason", "不予纳入理由：请写明具体理由（至少4个字）。");
    }
    jdbc.sql(
            """
            update assistance.assistance_case
               set refusal_reason = ?, decided_by_id = ?, decided_by = ?, decided_on = ?
             where id = ?""")
        .params(reason.strip(), by.id(), by.displayName(), today, c.id())
        .update();
    transitions.move(c, CaseState.REFUSED);
    history.transition(c, by, CaseAction.REFUSE, CaseState.REFUSED, reason.strip());
    notices.refused(c, reason.strip(), today);
  }

  /** The written notice of refusal; the first print is the day it was issued. */
  @Transactional
  public AssistanceCase issueNotice(long caseId, StaffUser by, LocalDate today) {
    AssistanceCase c = store.lock(caseId);
    workflow.requireScope(c);
    if (c.state() != CaseState.REFUSED) {
      throw new CaseRuleViolation("notice-state", "仅“不予纳入”的案件可出具书面告知书。");
    }
    if (c.noticeIssuedOn() == null) {
      jdbc.sql("update assistance.assistance_case set notice_issued_on = ? where id = ?")
          .params(today, caseId)
          .update();
      history.record(caseId, by, null, "notice", null, null, "书面告知不予纳入理由");
    }
    return store.find(caseId).orElseThrow();
  }

  /** The refusal notice was not (or not yet) given within 3 working days of the decision. */
  public boolean noticeLate(AssistanceCase c, LocalDate today) {
    if (c.state() != CaseState.REFUSED || c.decidedOn() == null) {
      return false;
    }
    LocalDate until = c.noticeIssuedOn() == null ? today : c.noticeIssuedOn();
    return workingDays.workingDaysBetween(c.decidedOn(), until) > 3;
  }

  /** 终止: the last month paid; benefits stop from the month after. */
  @Transactional
  public void end(long caseId, YearMonth lastMonth, String reason, StaffUser by) {
    AssistanceCase c = workflow.begin(caseId, CaseAction.END, by);
    jdbc.sql("update assistance.assistance_case set end_month = ? where id = ?")
        .params(lastMonth.atDay(1), c.id())
        .update();
    transitions.move(c, CaseState.ENDED);
    history.transition(c, by, CaseAction.END, CaseState.ENDED, reason + "，发放至 " + lastMonth);
    events.publishEvent(
        new AssistanceEnded(
            c.id(), c.householdId(), c.type(), includedPersons(c.id()), lastMonth, reason));
  }

  List<Long> includedPersons(long caseId) {
    return jdbc.sql(
            """
            select person_id from assistance.case_member
             where case_id = ? and included and died_on is null order by person_id""")
        .param(caseId)
        .query(Long.class)
        .list();
  }
}
