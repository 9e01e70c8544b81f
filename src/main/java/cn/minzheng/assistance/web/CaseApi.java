package cn.minzheng.assistance.web;

import cn.minzheng.assistance.cases.AssistanceCase;
import cn.minzheng.assistance.cases.CaseAction;
import cn.minzheng.assistance.cases.CaseDecisions;
import cn.minzheng.assistance.cases.CaseEvent;
import cn.minzheng.assistance.cases.CaseHistory;
import cn.minzheng.assistance.cases.CaseQueries;
import cn.minzheng.assistance.cases.CaseQueries.Criteria;
import cn.minzheng.assistance.cases.CaseRuleViolation;
import cn.minzheng.assistance.cases.CaseState;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of assistance cases; errors as problem details ({@link AssistanceApiErrors}). */
@RestController
@RequestMapping("/api/v1/assistance/cases")
class CaseApi {

  private final CaseQueries queries;
  private final CaseHistory history;
  private final CaseWorkflow workflow;
  private final TownshipReview review;
  private final CaseDecisions decisions;
  private final CurrentUser currentUser;

  CaseApi(
      CaseQueries queries,
      CaseHistory history,
      CaseWorkflow workflow,
      TownshipReview review,
      CaseDecisions decisions,
      CurrentUser currentUser) {
    this.queries = queries;
    this.history = history;
    this.workflow = workflow;
    this.review = review;
    this.decisions = decisions;
    this.currentUser = currentUser;
  }

  @Operation(summary = "分页查询救助案件")
  @GetMapping
  Map<String, Object> list(
      @RequestParam(required = false) List<CaseState> state,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    AssistanceRoles.require(currentUser, AssistanceRoles.CASE_ROLES);
    var result =
        queries.search(
            new Criteria(state == null ? List.of() : state, null, null, false),
            PageQuery.of(page, size, null, null, CaseQueries.SORTS, "applied_on"),
            ChinaTime.today());
    return Map.of(
        "items", result.items().stream().map(CaseView::of).toList(),
        "page", result.page(),
        "size", result.size(),
        "total", result.total());
  }

  @Operation(summary = "读取救助案件")
  @GetMapping("/{id}")
  CaseView get(@PathVariable long id) {
    AssistanceRoles.require(currentUser, AssistanceRoles.CASE_ROLES);
    return CaseView.of(queries.get(id));
  }

  @Operation(summary = "读取救助案件的办理记录")
  @GetMapping("/{id}/history")
  List<CaseEvent> history(@PathVariable long id) {
    AssistanceRoles.require(currentUser, AssistanceRoles.CASE_ROLES);
    queries.get(id);
    return history.of(id);
  }

  /** A transition: {@code accept, review, confirm, refuse} (refuse needs {@code reason}). */
  @Operation(summary = "办理救助案件的一个环节（受理、审核、确认、不予纳入）")
  @PostMapping("/{id}/transitions/{action}")
  CaseView transition(
      @PathVariable long id,
      @PathVariable String action,
      @RequestBody(required = false) Map<String, String> body) {
    StaffUser user = AssistanceRoles.require(currentUser, AssistanceRoles.CASE_ROLES);
    CaseAction step = stepOf(action);
    // the role before the case: a refused role learns nothing about it
    step.requireRole(user);
    queries.get(id);
    LocalDate today = ChinaTime.today();
    switch (step) {
      case ACCEPT -> workflow.accept(id, user);
      case TOWNSHIP_REVIEW -> review.review(id, user, today);
      case CONFIRM -> decisions.confirm(id, user, today);
      case REFUSE -> decisions.refuse(id, body == null ? null : body.get("reason"), user, today);
      default -> throw new IllegalStateException("no transition " + step);
    }
    return CaseView.of(queries.get(id));
  }

  private static CaseAction stepOf(String action) {
    return switch (action) {
      case "accept" -> CaseAction.ACCEPT;
      case "review" -> CaseAction.TOWNSHIP_REVIEW;
      case "confirm" -> CaseAction.CONFIRM;
      case "refuse" -> CaseAction.REFUSE;
      default -> throw new CaseRuleViolation("unknown-action", "未知的办理事项：" + action);
    };
  }

  /** A case as the API shows it: no ID numbers. */
  record CaseView(
      long id,
      String caseNo,
      String type,
      String category,
      String state,
      String stateLabel,
      String regionCode,
      LocalDate appliedOn,
      LocalDate deadline,
      BigDecimal proposedAmount,
      LocalDate publicityTo,
      LocalDate startMonth) {

    static CaseView of(AssistanceCase c) {
      return new CaseView(
          c.id(),
          c.caseNo(),
          c.type().name(),
          c.category() == null ? null : c.category().name(),
          c.state().name(),
          c.state().label(),
          c.regionCode(),
          c.appliedOn(),
          c.deadline(),
          c.proposedAmount(),
          c.publicityTo(),
          c.startMonth());
    }
  }
}
