package cn.minzheng.assistance.web;

import cn.minzheng.assistance.cases.AssistanceCase;
import cn.minzheng.assistance.cases.CaseAction;
import cn.minzheng.assistance.cases.CaseDecisions;
import cn.minzheng.assistance.cases.CaseHistory;
import cn.minzheng.assistance.cases.CaseQueries;
import cn.minzheng.assistance.cases.CaseState;
import cn.minzheng.assistance.cases.CaseStore;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.PublicityPeriod;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

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
  private final RegionHierarchy regions;

  CasePage(
      CaseQueries queries,
      CaseStore store,
      CaseHistory history,
      CaseWorkflow workflow,
      CaseDecisions decisions,
      CurrentUser currentUser,
      RegionHierarchy regions) {
    this.queries = queries;
    this.store = store;
    this.history = history;
    this.workflow = workflow;
    this.decisions = decisions;
    this.currentUser = currentUser;
    this.regions = regions;
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

  /**
   * 不予纳入告知书 as an official document (authority, number, date, seal area), for reading and printing
   * only: issuing it is the POST below. Only a refused case has one; any other answers 404.
   */
  @GetMapping(PATH + "/{id}/notice")
  String notice(@PathVariable long id, Model model) {
    AssistanceRoles.require(currentUser, AssistanceRoles.OFFICE_ROLES);
    AssistanceCase c = queries.get(id);
    if (c.state() != CaseState.REFUSED) {
      throw new RecordNotFoundException("notice");
    }
    String county = c.regionCode().substring(0, 6) + "000000";
    model.addAttribute("c", c);
    model.addAttribute("authority", regions.nameOf(county) + "民政局");
    model.addAttribute("documentNo", "不予纳入告知〔" + c.decidedOn().getYear() + "〕" + c.caseNo() + "号");
    return "assistance/notice";
  }

  /** 出具告知书: the day of the first issue is recorded (and counts for the 3-working-day rule). */
  @PostMapping(PATH + "/{id}/notice")
  String issueNotice(@PathVariable long id) {
    StaffUser user = AssistanceRoles.require(currentUser, AssistanceRoles.OFFICE_ROLES);
    decisions.issueNotice(id, user, ChinaTime.today());
    return "redirect:" + PATH + "/" + id + "/notice";
  }
}
