package cn.minzheng.children.web;

import cn.minzheng.children.protection.ProtectionCases;
import cn.minzheng.children.protection.ProtectionCases.ProtectionCase;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.DateField;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 未成年人保护个案: only the child-protection staff (their community or street), the county and the city;
 * every list and every read of a case is audited. Role first, then the case's region (404).
 */
@Controller
class ProtectionPages {

  static final String PATH = "/children/protection";

  private final ProtectionCases cases;
  private final ChildrenRoles roles;
  private final DataScope scope;
  private final AuditLog audit;

  ProtectionPages(ProtectionCases cases, ChildrenRoles roles, DataScope scope, AuditLog audit) {
    this.cases = cases;
    this.roles = roles;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping(PATH)
  String list(
      @RequestParam(required = false) @Nullable String all,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      Model model) {
    StaffUser user = roles.require(ChildrenRoles.PROTECTION);
    RegionFilter filter = scope.current();
    // one order: the highest risk first, then the newest
    PageQuery query = PageQuery.of(page, size, null, null, Set.of("risk"), "risk");
    PageResult<ProtectionCase> items =
        cases.page(filter.unrestricted() ? null : filter.codesArray(), !"true".equals(all), query);
    audit.record(
        AuditEvent.success(
            "children.protection.list", "children-protection", null, items.items().size() + " 条"));
    model.addAttribute("page", items);
    model.addAttribute("all", "true".equals(all));
    model.addAttribute("canWrite", roles.has(user, ChildrenRoles.PROTECTION_WRITERS));
    model.addAttribute("sources", ProtectionCases.SOURCES);
    model.addAttribute("risks", ProtectionCases.RISKS);
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
      model.addAttribute("form", Map.of());
    }
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.here(ChildrenMenu.GROUP), Breadcrumb.here("未成年人保护个案")));
    return "children/protection-cases";
  }

  @PostMapping(PATH)
  String report(@RequestParam Map<String, String> p, Model model) {
    StaffUser user = roles.require(ChildrenRoles.PROTECTION_WRITERS);
    try {
      var child = cases.child(p.get("childIdNumber"));
      scope.requireInScope(child.residenceRegionCode());
      LocalDate on = DateField.required("reportedOn", "报告日期", p.get("reportedOn"), Span.HAPPENED);
      long id =
          cases.report(
              child,
              p.getOrDefault("source", ""),
              p.getOrDefault("reporter", ""),
              on,
              p.getOrDefault("summary", ""),
              p.getOrDefault("riskLevel", ""),
              p.getOrDefault("immediateMeasures", ""),
              user.username());
      audit.record(
          AuditEvent.success(
              "children.protection.report", "children-protection", String.valueOf(id), ""));
      return "redirect:" + PATH + "/" + id;
    } catch (InvalidInput e) {
      model.addAttribute("errors", PageErrors.of(e));
      model.addAttribute("form", p);
      return list(null, null, null, model);
    }
  }

  @GetMapping(PATH + "/{id}")
  String show(@PathVariable long id, Model model) {
    StaffUser user = roles.require(ChildrenRoles.PROTECTION);
    ProtectionCase c = cases.get(id);
    scope.requireInScope(c.regionCode());
    audit.record(
        AuditEvent.success(
            "children.protection.read", "children-protection", String.valueOf(id), ""));
    model.addAttribute("c", c);
    model.addAttribute("referrals", cases.referrals(id));
    model.addAttribute("followUps", cases.followUps(id));
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("departments", ProtectionCases.DEPARTMENTS);
    model.addAttribute(
        "canWrite",
        roles.has(user, ChildrenRoles.PROTECTION_WRITERS) && !"CLOSED".equals(c.stage()));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here(ChildrenMenu.GROUP),
            Breadcrumb.link("未成年人保护个案", PATH),
            Breadcrumb.here("个案 " + id)));
    return "children/protection-case";
  }

  @PostMapping(PATH + "/{id}/referrals")
  String refer(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String department,
      @RequestParam(required = false) @Nullable String deadline,
      @RequestParam(required = false) @Nullable String note,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = roles.require(ChildrenRoles.PROTECTION_WRITERS);
    inScope(id);
    return step(
        id,
        model,
        redirect,
        "已转介",
        () -> {
          LocalDate due = DateField.required("deadline", "办理期限", deadline, Span.NEAR);
          cases.refer(id, department == null ? "" : department, due, note, user.username());
        });
  }

  @PostMapping(PATH + "/{id}/referrals/{referralId}/answer")
  String answer(
      @PathVariable long id,
      @PathVariable long referralId,
      @RequestParam(required = false) @Nullable String answer,
      Model model,
      RedirectAttributes redirect) {
    roles.require(ChildrenRoles.PROTECTION_WRITERS);
    inScope(id);
    return step(
        id,
        model,
        redirect,
        "已登记部门反馈",
        () ->
            cases.answerReferral(id, referralId, ChinaTime.today(), answer == null ? "" : answer));
  }

  @PostMapping(PATH + "/{id}/follow-ups")
  String followUp(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String note,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = roles.require(ChildrenRoles.PROTECTION_WRITERS);
    inScope(id);
    return step(
        id,
        model,
        redirect,
        "已登记回访",
        () -> cases.followUp(id, ChinaTime.today(), note == null ? "" : note, user.username()));
  }

  @PostMapping(PATH + "/{id}/close")
  String close(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String closureNote,
      Model model,
      RedirectAttributes redirect) {
    roles.require(ChildrenRoles.PROTECTION_WRITERS);
    inScope(id);
    return step(
        id,
        model,
        redirect,
        "已结案",
        () -> cases.close(id, ChinaTime.today(), closureNote == null ? "" : closureNote));
  }

  private void inScope(long id) {
    scope.requireInScope(cases.get(id).regionCode());
  }

  private String step(
      long id, Model model, RedirectAttributes redirect, String done, Runnable action) {
    try {
      action.run();
      audit.record(
          AuditEvent.success(
              "children.protection.change", "children-protection", String.valueOf(id), done));
      redirect.addFlashAttribute("message", done);
      return "redirect:" + PATH + "/" + id;
    } catch (InvalidInput e) {
      model.addAttribute("errors", PageErrors.of(e));
      model.addAttribute("error", e.getMessage());
      return show(id, model);
    }
  }
}
