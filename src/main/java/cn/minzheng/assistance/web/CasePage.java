package cn.minzheng.assistance.web;

import cn.minzheng.assistance.cases.AssistanceCase;
import cn.minzheng.assistance.cases.CaseAction;
import cn.minzheng.assistance.cases.CaseDecisions;
import cn.minzheng.assistance.cases.CaseHistory;
import cn.minzheng.assistance.cases.CaseQueries;
import cn.minzheng.assistance.cases.CaseStore;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.PublicityPeriod;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 案件详情: the case, its members, visits, objections, full history and the actions its state allows.
 */
@Controller
class CasePage {

  static final String PATH = "/assistance/cases";

  private final CaseQueries queries;
  private final CaseStore store;
  private final CaseHistory history;
  private final CaseWorkflow workflow;
  private final CaseDecisions decisions;
  private final CurrentUser currentUser;

  CasePage(
      CaseQueries queries,
      CaseStore store,
      CaseHistory history,
      CaseWorkflow workflow,
      CaseDecisions decisions,
      CurrentUser currentUser) {
    this.queries = queries;
    this.store = store;
    this.history = history;
    this.workflow = workflow;
    this.decisions = decisions;
    this.currentUser = currentUser;
  }

  @GetMapping(PATH + "/{id}")
  String show(@PathVariable long id, Model model) {
    StaffUser user = AssistanceRoles.require(currentUser, AssistanceRoles.CASE_ROLES);
    AssistanceCase c = queries.get(id);
    LocalDate today = ChinaTime.today();
    model.addAttribute("c", c);
    model.addAttribute("members", store.members(id));
    model.addAttribute("events", history.of(id));
    model.addAttribute("visits", queries.visits(id));
    model.addAttribute("objections", queries.objections(id));
    model.addAttribute("attachments", queries.attachments(id));
    model.addAttribute("overdue", c.overdueOn(today));
    model.addAttribute("noticeLate", decisions.noticeLate(c, today));
    model.addAttribute(
        "actions",
        Arrays.stream(CaseAction.values())
            .filter(a -> a != CaseAction.OBJECT && a.allowedFrom(c.state()))
            .map(Enum::name)
            .toList());
    Long visitBy = workflow.visitAwaitingCountersign(id).orElse(null);
    model.addAttribute("visitAwaiting", visitBy != null);
    model.addAttribute("mayCountersign", visitBy != null && visitBy != user.id());
    // "ended" unless a running publicity still holds up the confirmation
    model.addAttribute(
        "publicityEnded", PublicityPeriod.of(c).map(p -> p.endedBy(today)).orElse(true));
    model.addAttribute("today", today);
    model.addAttribute(
        "breadcrumbs",
        List.of(Breadcrumb.link("救助案件", CaseListPage.PATH), Breadcrumb.here(c.caseNo())));
    return "assistance/case";
  }

  @GetMapping(PATH + "/{id}/notice")
  String notice(@PathVariable long id, Model model) {
    StaffUser user = AssistanceRoles.require(currentUser, AssistanceRoles.CASE_ROLES);
    queries.get(id);
    model.addAttribute("c", decisions.issueNotice(id, user, ChinaTime.today()));
    return "assistance/notice";
  }
}
