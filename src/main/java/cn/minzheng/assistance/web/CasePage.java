package cn.minzheng.assistance.web;

import cn.minzheng.assistance.cases.AssistanceCase;
import cn.minzheng.assistance.cases.CaseAction;
import cn.minzheng.assistance.cases.CaseDecisions;
import cn.minzheng.assistance.cases.CaseEvent;
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
   * The applicant's written notice as an official document (authority, number, date, seal area):
   * 不予纳入告知书 of a refused case, 终止告知书 of an ended one — both decisions are told to the applicant in
   * writing with their reasons (最低生活保障审核确认办法, 民发〔2021〕57号). Reading and printing only: issuing the
   * refusal notice is the POST below. Any other case answers 404.
   */
  @GetMapping(PATH + "/{id}/notice")
  String notice(@PathVariable long id, Model model) {
    AssistanceRoles.require(currentUser, AssistanceRoles.OFFICE_ROLES);
    AssistanceCase c = queries.get(id);
    if (c.state() == CaseState.REFUSED) {
      model.addAttribute("heading", "社会救助不予纳入告知书");
      model.addAttribute(
          "documentNo", "不予纳入告知〔" + c.decidedOn().getYear() + "〕" + c.caseNo() + "号");
    } else if (c.state() == CaseState.ENDED) {
      CaseEvent ended =
          history
              .lastMoveInto(id, CaseState.ENDED)
              .orElseThrow(() -> new RecordNotFoundException("notice"));
      LocalDate endedOn = LocalDate.ofInstant(ended.at(), ChinaTime.ZONE);
      model.addAttribute("heading", "社会救助终止告知书");
      model.addAttribute("documentNo", "终止保障告知〔" + endedOn.getYear() + "〕" + c.caseNo() + "号");
      model.addAttribute("endedOn", endedOn);
      model.addAttribute("endReason", ended.note());
    } else {
      throw new RecordNotFoundException("notice");
    }
    model.addAttribute("c", c);
    model.addAttribute("authority", authorityOf(c));
    return "assistance/notice";
  }

  /**
   * 审批表: the case as the county decided it, one A4 sheet for the file — household and incomes,
   * verification, the two-signature home visit, the township's review and the publicity, the
   * county's confirmation, each with its seal area. Only a decided (confirmed or later ended) case
   * has one; any other answers 404.
   */
  @GetMapping(PATH + "/{id}/approval-form")
  String approvalForm(@PathVariable long id, Model model) {
    AssistanceRoles.require(currentUser, AssistanceRoles.OFFICE_ROLES);
    AssistanceCase c = queries.get(id);
    if (c.decidedOn() == null
        || (c.state() != CaseState.CONFIRMED && c.state() != CaseState.ENDED)) {
      throw new RecordNotFoundException("approval form");
    }
    model.addAttribute("c", c);
    model.addAttribute("members", store.members(id));
    model.addAttribute("visits", queries.visits(id));
    model.addAttribute("authority", authorityOf(c));
    model.addAttribute("street", regions.nameOf(c.streetCode()));
    model.addAttribute("community", regions.nameOf(c.regionCode()));
    model.addAttribute("accepted", movedOn(id, CaseState.ACCEPTED));
    model.addAttribute(
        "reviewed",
        movedOn(id, c.publicityFrom() == null ? CaseState.TOWNSHIP_APPROVED : CaseState.PUBLICITY));
    model.addAttribute("documentNo", "审批〔" + c.decidedOn().getYear() + "〕" + c.caseNo() + "号");
    return "assistance/approval-form";
  }

  /** The day (Beijing time) the case last moved into {@code state}; null when it never did. */
  private LocalDate movedOn(long id, CaseState state) {
    return history
        .lastMoveInto(id, state)
        .map(e -> LocalDate.ofInstant(e.at(), ChinaTime.ZONE))
        .orElse(null);
  }

  /** The county's civil affairs bureau, which decides the case and signs its documents. */
  private String authorityOf(AssistanceCase c) {
    return regions.nameOf(c.regionCode().substring(0, 6) + "000000") + "民政局";
  }

  /** 出具告知书: the day of the first issue is recorded (and counts for the 3-working-day rule). */
  @PostMapping(PATH + "/{id}/notice")
  String issueNotice(@PathVariable long id) {
    StaffUser user = AssistanceRoles.require(currentUser, AssistanceRoles.OFFICE_ROLES);
    decisions.issueNotice(id, user, ChinaTime.today());
    return "redirect:" + PATH + "/" + id + "/notice";
  }
}
