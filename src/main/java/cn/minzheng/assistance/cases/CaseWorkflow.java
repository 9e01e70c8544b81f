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

  CaseWorkflow(
      CaseStore store,
      CaseHistory history,
      DataScope scope,
      JdbcClient jdbc,
      ObjectProvider<EconomicVerificationProvider> verification) {
    this.store = store;
    this.history = history;
    this.scope = scope;
    this.jdbc = jdbc;
    this.verification = verification;
  }

  /** Loads a case for an action: in the caller's scope (else 404), locked, state allowed. */
  AssistanceCase begin(long caseId, CaseAction action) {
    AssistanceCase c = store.lock(caseId);
    requireScope(c);
    action.requireFrom(c.state());
    return c;
  }

  @Transactional
  public void accept(long caseId, StaffUser by) {
    AssistanceCase c = begin(caseId, CaseAction.ACCEPT);
    setState(c, CaseState.ACCEPTED);
    history.transition(c, by, CaseAction.ACCEPT, CaseState.ACCEPTED, null);
  }

  /**
   * 核对. Without a manual result the automated provider (when one exists) answers first; an
   * incomplete answer asks for the manual result.
   */
  @Transactional
  public Result verify(long caseId, ManualVerification manual, StaffUser by, LocalDate today) {
    AssistanceCase c = begin(caseId, CaseAction.VERIFY);
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
                   verification_ref = ?, verification_source = ?, state = 'VERIFIED',
                   updated_at = now(), version = version + 1
             where id = ?""")
        .params(
            result.monthlyHouseholdIncome(),
            result.perCapitaIncome(),
            result.assetsWithinLimits(),
            result.reportRef(),
            source,
            c.id())
        .update();
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

  /** 入户调查: a visit record signed by two different staff members. */
  @Transactional
  public void recordVisit(
      long caseId,
      StaffUser first,
      long secondStaffId,
      String secondStaffName,
      String findings,
      LocalDate visitedOn) {
    AssistanceCase c = begin(caseId, CaseAction.VISIT);
    if (secondStaffId == first.id()) {
      throw new CaseRuleViolation("visit-two-staff", "入户调查须由两名不同工作人员签名，第二签名人不能是本人。");
    }
    if (findings == null || findings.isBlank()) {
      throw new CaseRuleViolation("visit-findings", "调查情况：请填写入户调查情况。");
    }
    jdbc.sql(
            """
            insert into assistance.home_visit (case_id, visited_on, first_staff_id, first_staff,
                                               second_staff_id, second_staff, findings)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            c.id(),
            visitedOn,
            first.id(),
            first.displayName(),
            secondStaffId,
            secondStaffName,
            findings.strip())
        .update();
    setState(c, CaseState.INVESTIGATED);
    history.transition(
        c,
        first,
        CaseAction.VISIT,
        CaseState.INVESTIGATED,
        "调查人：" + first.displayName() + "、" + secondStaffName);
  }

  void requireScope(AssistanceCase c) {
    scope.requireInScope(c.regionCode());
  }

  void setState(AssistanceCase c, CaseState to) {
    jdbc.sql(
            """
            update assistance.assistance_case set state = ?, updated_at = now(),
                   version = version + 1 where id = ?""")
        .params(to.name(), c.id())
        .update();
  }

  /** A manually entered verification result. */
  public record ManualVerification(
      BigDecimal householdIncome,
      boolean assetsWithinLimits,
      String reportRef,
      String conclusion) {}
}
