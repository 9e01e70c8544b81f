package cn.minzheng.children.web;

import cn.minzheng.children.allowance.Candidates;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 主动发现名单: children the registry suggests, inside the caller's region; the street caseworker
 * confirms one by filing its application (the county still decides) or dismisses it with a reason.
 */
@Controller
class CandidatesPage {

  static final String PATH = "/children/candidates";

  private final Candidates candidates;
  private final ChildrenRoles roles;
  private final DataScope scope;
  private final AuditLog audit;
  private final String cityPrefix;

  CandidatesPage(
      Candidates candidates,
      ChildrenRoles roles,
      DataScope scope,
      AuditLog audit,
      @Value("${minzheng.children.city-prefix:5101}") String cityPrefix) {
    this.candidates = candidates;
    this.roles = roles;
    this.scope = scope;
    this.audit = audit;
    this.cityPrefix = cityPrefix;
  }

  @GetMapping(PATH)
  String list(
      @RequestParam(required = false) @Nullable String all,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      Model model) {
    StaffUser user = roles.require(ChildrenRoles.CANDIDATE_READERS);
    RegionFilter filter = scope.current();
    // one order: those waiting for a decision first, the earliest found first
    PageQuery query = PageQuery.of(page, size, null, null, Set.of("found_at"), "found_at");
    var items =
        candidates.list(
            filter.unrestricted() ? null : filter.codesArray(), !"true".equals(all), query);
    audit.record(
        AuditEvent.success(
            "children.candidate.list", "children-candidate", null, items.items().size() + " 条"));
    model.addAttribute("page", items);
    model.addAttribute("all", "true".equals(all));
    model.addAttribute("canConfirm", roles.has(user, ChildrenRoles.STREET));
    model.addAttribute("canRefresh", roles.has(user, ChildrenRoles.ADMIN));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", java.util.Map.of());
    }
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.here(ChildrenMenu.GROUP), Breadcrumb.here("主动发现名单")));
    return "children/candidates";
  }

  @PostMapping(PATH + "/refresh")
  String refresh(RedirectAttributes redirect) {
    roles.require(ChildrenRoles.ADMIN);
    int found = candidates.refresh(ChinaTime.today(), cityPrefix);
    audit.record(
        AuditEvent.success("children.candidate.refresh", "children-candidate", null, found + " 人"));
    redirect.addFlashAttribute("message", "比对完成：新发现 " + found + " 人");
    return "redirect:" + PATH;
  }

  @PostMapping(PATH + "/{personId}/dismiss")
  String dismiss(
      @PathVariable long personId,
      @RequestParam(required = false) @Nullable String note,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = roles.require(ChildrenRoles.STREET);
    scope.requireInScope(candidates.get(personId).regionCode());
    try {
      candidates.dismiss(personId, note == null ? "" : note, user.username());
      audit.record(
          AuditEvent.success(
              "children.candidate.dismiss", "children-candidate", String.valueOf(personId), note));
      redirect.addFlashAttribute("message", "已排除");
      return "redirect:" + PATH;
    } catch (InvalidInput e) {
      model.addAttribute("error", e.getMessage());
      model.addAttribute("errors", PageErrors.of(e));
      return list(null, null, null, model);
    }
  }
}
