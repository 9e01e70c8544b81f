package cn.minzheng.assistance.cases;

import cn.minzheng.assistance.EconomicVerificationProvider;
import cn.minzheng.assistance.EconomicVerificationProvider.Request;
import cn.minzheng.assistance.EconomicVerificationProvider.Result;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.StaffUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The street office's steps: 受理, 家庭经济状况核对, 入户调查. */
@Service
public class CaseWorkflow {

  private final CaseStore store;
  private final CaseHistory history;
  private final DataScope scope;
  private final JdbcClient jdbc;
  private final ObjectProvider<EconomicVerificationProvider> verification;
  private final CaseTransitions transitions;

  CaseWorkflow(
      CaseStore store,
      CaseHistory history,
      DataScope scope,
      JdbcClient jdbc,
      ObjectProvider<EconomicVerificationProvider> verification,
      CaseTransitions transitions) {
    this.transitions = transitions;
    this.store = store;
    this.history = history;
    this.scope = scope;
    this.jdbc = jdbc;
    this.verification = verification;
  }

  /** Loads a case for an action: in the caller's scope (else 404), locked, state allowed. */
  AssistanceCase begin(long caseId, CaseAction action, StaffUser by) {
    action.requireRole(by);
    AssistanceCase c = store.lock(caseId);
    requireScope(c);
    action.requireFrom(c.state());
    return c;
  }

  @Transactional
  public void accept(long caseId, StaffUser by) {
    AssistanceCase c = begin(caseId, CaseAction.ACCEPT, by);
    transitions.move(c, CaseState.ACCEPTED);
    history.transition(c, by, CaseAction.ACCEPT, CaseState.ACCEPTED, null);
  }

  /**
   * 核对. Without a manual result the automated provider (when one exists) answers first; an
   * incomplete answer asks for the manual result.
   */
  @Transactional
  public Result verify(long caseId, ManualVerification manual, StaffUser by, LocalDate today) {
    AssistanceCase c = begin(caseId, CaseAction.VERIFY, by);
    var members = store.members(caseId).stream().filter(m -> m.diedOn() == null).toList();
    Result result = null;
    String source = "MANUAL";
    EconomicVerificationProvider provider = verification.getIfAvailable();
    if (manual == null && provider != null) {
      result =
          provider.verify(
              new Request(
                  c.id(),
                  c.householdId(),
                  members.stream().map(CaseMember::personId).toList(),
                  today,
                  c.consentRef(),
                  by.username()));
      source = "AUTO";
    }
    if (result == null || !result.complete()) {
      if (manual == null) {
        throw new CaseRuleViolation("verification-incomplete", "自动核对未能完成（部分数据源未返回），请手工录入核对结果。");
      }
      BigDecimal perCapita = EligibilityRules.perCapita(manual.householdIncome(), members.size());
      result =
          new Result(
              manual.reportRef(),
              manual.householdIncome(),
              perCapita,
              manual.assetsWithinLimits(),
              manual.conclusion(),
              today.plusMonths(6),
              true);
      source = "MANUAL";
    }
    jdbc.sql(
            """
            update assistance.assistance_case
               set household_income = ?, per_capita_income = ?, assets_within_limits = ?,
                   verification_ref = ?, verification_source = ?
             where id = ?""")
        .params(
            result.monthlyHouseholdIncome(),
            result.perCapitaIncome(),
            result.assetsWithinLimits(),
            result.reportRef(),
            source,
            c.id())
        .update();
    transitions.move(c, CaseState.VERIFIED);
    history.transition(
        c,
        by,
        CaseAction.VERIFY,
        CaseState.VERIFIED,
        "%s核对：家庭月收入 %s 元，人均 %s 元，资产%s"
            .formatted(
                source.equals("AUTO") ? "自动" : "手工",
                result.monthlyHouseholdIncome().toPlainString(),
                result.perCapitaIncome().toPlainString(),
                result.assetsWithinLimits() ? "符合规定" : "超出规定"));
    return result;
  }

  /** 入户调查: the first staff member records the visit; a second one countersigns it. */
  @Transactional
  public void recordVisit(long caseId, StaffUser first, String findings, LocalDate visitedOn) {
    AssistanceCase c = begin(caseId, CaseAction.VISIT, first);
    if (findings == null || findings.isBlank()) {
      throw new CaseRuleViolation("visit-findings", "调查情况：请填写入户调查情况。");
    }
    jdbc.sql("delete from assistance.home_visit where case_id = ? and countersigned_at is null")
        .param(caseId)
        .update();
    jdbc.sql(
            """
            insert into assistance.home_visit (case_id, visited_on, first_staff_id, first_staff,
                                               findings)
            values (?, ?, ?, ?, ?)""")
        .params(c.id(), visitedOn, first.id(), first.displayName(), findings.strip())
        .update();
    history.record(c.id(), first, null, "visit-recorded", null, null, "入户调查记录待第二调查人会签");
  }

  /** The second signature: by a staff member other than the one who recorded the visit. */
  @Transactional
  public void countersignVisit(long caseId, StaffUser second) {
    AssistanceCase c = begin(caseId, CaseAction.VISIT, second);
    Long first =
        jdbc.sql(
                """
                select first_staff_id from assistance.home_visit
                 where case_id = ? and countersigned_at is null order by id desc limit 1""")
            .param(caseId)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new CaseRuleViolation("visit-missing", "尚无待会签的入户调查记录。"));
    if (first == second.id()) {
      throw new CaseRuleViolation("visit-two-staff", "入户调查须由两名不同工作人员签名，会签人不能是记录人本人。");
    }
    jdbc.sql(
            """
            update assistance.home_visit set second_staff_id = ?, second_staff = ?,
                   countersigned_at = now()
             where case_id = ? and countersigned_at is null""")
        .params(second.id(), second.displayName(), caseId)
        .update();
    transitions.move(c, CaseState.INVESTIGATED);
    history.transition(c, second, CaseAction.VISIT, CaseState.INVESTIGATED, "第二调查人会签");
  }

  /** The visit waiting for its second signature, if any: who recorded it. */
  public java.util.Optional<Long> visitAwaitingCountersign(long caseId) {
    return jdbc.sql(
            """
            select first_staff_id from assistance.home_visit
             where case_id = ? and countersigned_at is null order by id desc limit 1""")
        .param(caseId)
        .query(Long.class)
        .optional();
  }

  void requireScope(AssistanceCase c) {
    scope.requireInScope(c.regionCode());
  }

  /** A manually entered verification result. */
  public record ManualVerification(
      BigDecimal householdIncome,
      boolean assetsWithinLimits,
      String reportRef,
      String conclusion) {}
}
