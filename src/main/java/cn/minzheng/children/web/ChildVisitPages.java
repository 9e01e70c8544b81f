package cn.minzheng.children.web;

import cn.minzheng.children.allowance.AllowanceCases;
import cn.minzheng.children.protection.Visits;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.DateField;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate.Span;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 定期走访: the children due or overdue for a visit; the 儿童主任 records a visit on a case. */
@Controller
class ChildVisitPages {

  private final Visits visits;
  private final AllowanceCases cases;
  private final ChildrenRoles roles;
  private final DataScope scope;
  private final AuditLog audit;

  ChildVisitPages(
      Visits visits, AllowanceCases cases, ChildrenRoles roles, DataScope scope, AuditLog audit) {
    this.visits = visits;
    this.cases = cases;
    this.roles = roles;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping("/children/visits")
  String due(
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      Model model) {
    roles.require(ChildrenRoles.PROTECTION);
    RegionFilter filter = scope.current();
    var today = ChinaTime.today();
    // one order only: the earliest due first (a work list)
    PageQuery query = PageQuery.of(page, size, null, null, Set.of("due_on"), "due_on");
    var items =
        visits.dueBy(filter.unrestricted() ? null : filter.codesArray(), today.plusDays(7), query);
    audit.record(
        AuditEvent.success(
            "children.visit.list", "children-case", null, items.items().size() + " 条"));
    model.addAttribute("page", items);
    model.addAttribute("today", today);
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.here(ChildrenMenu.GROUP), Breadcrumb.here("定期走访")));
    return "children/visits";
  }

  @PostMapping("/children/cases/{id}/visits")
  String record(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String visitedOn,
      @RequestParam(required = false) @Nullable String note,
      RedirectAttributes redirect) {
    StaffUser user = roles.require(ChildrenRoles.VISITORS);
    scope.requireInScope(cases.get(id).regionCode());
    try {
      visits.record(
          id,
          DateField.required("visitedOn", "走访日期", visitedOn, Span.HAPPENED),
          note == null ? "" : note,
          user.username());
      audit.record(
          AuditEvent.success("children.visit.record", "children-case", String.valueOf(id), ""));
      redirect.addFlashAttribute("message", "走访已登记");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/children/cases/" + id;
  }
}
