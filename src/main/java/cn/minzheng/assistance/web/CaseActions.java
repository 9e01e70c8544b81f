package cn.minzheng.assistance.web;

import cn.minzheng.assistance.cases.CaseAction;
import cn.minzheng.assistance.cases.CaseDecisions;
import cn.minzheng.assistance.cases.CasePublicity;
import cn.minzheng.assistance.cases.CasePublicity.Route;
import cn.minzheng.assistance.cases.CaseRuleViolation;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.CaseWorkflow.ManualVerification;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The actions of the case page: each one a transition of the state machine, refused in Chinese. */
@Controller
class CaseActions {

  private final CaseWorkflow workflow;
  private final TownshipReview review;
  private final CaseDecisions decisions;
  private final CasePublicity publicity;
  private final CurrentUser currentUser;

  CaseActions(
      CaseWorkflow workflow,
      TownshipReview review,
      CaseDecisions decisions,
      CasePublicity publicity,
      CurrentUser currentUser) {
    this.workflow = workflow;
    this.review = review;
    this.decisions = decisions;
    this.publicity = publicity;
    this.currentUser = currentUser;
  }

  @PostMapping(CasePage.PATH + "/{id}/accept")
  String accept(@PathVariable long id, RedirectAttributes r) {
    return act(id, CaseAction.ACCEPT, r, "已受理", u -> workflow.accept(id, u));
  }

  @PostMapping(CasePage.PATH + "/{id}/verify")
  String verify(
      @PathVariable long id,
      @RequestParam(required = false) String mode,
      @RequestParam(required = false) String householdIncome,
      @RequestParam(required = false) boolean assetsWithinLimits,
      @RequestParam(required = false) String reportRef,
      @RequestParam(required = false) String conclusion,
      RedirectAttributes r) {
    return act(
        id,
        CaseAction.VERIFY,
        r,
        "核对结果已记录",
        u -> {
          ManualVerification manual = null;
          if (!"auto".equals(mode)) {
            manual =
                new ManualVerification(
                    income(householdIncome), assetsWithinLimits, reportRef, conclusion);
          }
          workflow.verify(id, manual, u, ChinaTime.today());
        });
  }

  @PostMapping(CasePage.PATH + "/{id}/visit")
  String visit(@PathVariable long id, @RequestParam String findings, RedirectAttributes r) {
    return act(
        id,
        CaseAction.VISIT,
        r,
        "入户调查已记录，待第二调查人会签",
        u -> workflow.recordVisit(id, u, findings, ChinaTime.today()));
  }

  @PostMapping(CasePage.PATH + "/{id}/countersign")
  String countersign(@PathVariable long id, RedirectAttributes r) {
    return act(id, CaseAction.VISIT, r, "已会签", u -> workflow.countersignVisit(id, u));
  }

  @PostMapping(CasePage.PATH + "/{id}/review")
  String review(@PathVariable long id, RedirectAttributes r) {
    return act(
        id, CaseAction.TOWNSHIP_REVIEW, r, "审核意见已提交", u -> review.review(id, u, ChinaTime.today()));
  }

  @PostMapping(CasePage.PATH + "/{id}/resolve")
  String resolve(
      @PathVariable long id,
      @RequestParam Route route,
      @RequestParam String note,
      RedirectAttributes r) {
    return act(
        id,
        CaseAction.RESOLVE_OBJECTION,
        r,
        "异议已处理",
        u -> publicity.resolve(id, route, note, u, ChinaTime.today()));
  }

  @PostMapping(CasePage.PATH + "/{id}/confirm")
  String confirm(@PathVariable long id, RedirectAttributes r) {
    return act(
        id, CaseAction.CONFIRM, r, "已确认纳入保障", u -> decisions.confirm(id, u, ChinaTime.today()));
  }

  @PostMapping(CasePage.PATH + "/{id}/refuse")
  String refuse(@PathVariable long id, @RequestParam String reason, RedirectAttributes r) {
    return act(
        id,
        CaseAction.REFUSE,
        r,
        "已作不予纳入决定，请于3个工作日内出具书面告知书",
        u -> decisions.refuse(id, reason, u, ChinaTime.today()));
  }

  @PostMapping(CasePage.PATH + "/{id}/end")
  String end(
      @PathVariable long id,
      @RequestParam String lastMonth,
      @RequestParam String reason,
      RedirectAttributes r) {
    return act(id, CaseAction.END, r, "已终止保障", u -> decisions.end(id, month(lastMonth), reason, u));
  }

  /** The action's role is checked first: before the case is read and before the input is. */
  private String act(
      long id,
      CaseAction step,
      RedirectAttributes r,
      String done,
      java.util.function.Consumer<StaffUser> action) {
    StaffUser user = AssistanceRoles.require(currentUser, AssistanceRoles.CASE_ROLES);
    step.requireRole(user);
    try {
      action.accept(user);
      r.addFlashAttribute("message", done);
    } catch (CaseRuleViolation e) {
      r.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + CasePage.PATH + "/" + id;
  }

  private static BigDecimal income(String value) {
    try {
      BigDecimal v = new BigDecimal(value == null ? "" : value.strip());
      if (v.signum() < 0) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new CaseRuleViolation("income-field", "家庭月收入：请填写不小于0的金额。");
    }
  }

  private static YearMonth month(String value) {
    try {
      return PlausibleDate.parseMonth(value, PlausibleDate.Span.ANY, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      throw new CaseRuleViolation("month-field", "发放截止月份：" + e.getMessage());
    }
  }
}
