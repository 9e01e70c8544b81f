package cn.minzheng.organisations.web;

import cn.minzheng.organisations.applications.Applications;
import cn.minzheng.organisations.credit.CreditLists;
import cn.minzheng.organisations.credit.ListTrigger;
import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.organisations.register.OrganisationAccounts;
import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.organisations.register.OrganisationQueries;
import cn.minzheng.organisations.register.OrganisationStatus;
import cn.minzheng.organisations.reports.AnnualReports;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 社会组织登记: the register of the caller's region, one organisation with its whole history. */
@Controller
class OrganisationPages {

  private final OrganisationAccess access;
  private final OrganisationQueries queries;
  private final OrganisationAccounts accounts;
  private final Applications applications;
  private final AnnualReports reports;
  private final CreditLists lists;
  private final DataScope scope;
  private final RegionHierarchy regions;
  private final AuditLog audit;

  OrganisationPages(
      OrganisationAccess access,
      OrganisationQueries queries,
      OrganisationAccounts accounts,
      Applications applications,
      AnnualReports reports,
      CreditLists lists,
      DataScope scope,
      RegionHierarchy regions,
      AuditLog audit) {
    this.access = access;
    this.queries = queries;
    this.accounts = accounts;
    this.applications = applications;
    this.reports = reports;
    this.lists = lists;
    this.scope = scope;
    this.regions = regions;
    this.audit = audit;
  }

  @GetMapping("/organisations")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    access.require(OrganisationAccess.READ);
    PageQuery query = PageQuery.of(page, size, sort, dir, OrganisationQueries.SORTS, "name");
    model.addAttribute("page", queries.page(scope.current(), q, kind, status, query));
    model.addAttribute("q", q);
    model.addAttribute("kind", kind);
    model.addAttribute("status", status);
    model.addAttribute("kinds", OrganisationKind.values());
    model.addAttribute("statuses", OrganisationStatus.values());
    model.addAttribute("regions", regions);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会组织"), Breadcrumb.here("社会组织登记")));
    return "organisations/list";
  }

  @GetMapping("/organisations/{id}")
  String detail(@PathVariable long id, Model model) {
    StaffUser user = access.require(OrganisationAccess.READ);
    Organisation o = access.inScope(id);
    model.addAttribute("o", o);
    model.addAttribute("history", queries.history(id));
    model.addAttribute("reports", reports.of(id));
    model.addAttribute("listings", lists.of(id));
    model.addAttribute("applications", applications.ofOrganisation(id));
    model.addAttribute("triggers", ListTrigger.values());
    model.addAttribute(
        "bureau", user.roles().stream().anyMatch(OrganisationAccess.BUREAU::contains));
    model.addAttribute("regions", regions);
    model.addAttribute(
        "breadcrumbs",
        List.of(Breadcrumb.here("社会组织"), Breadcrumb.here("社会组织登记"), Breadcrumb.here(o.name())));
    audit.record(AuditEvent.success("organisations.read", "organisation", "" + id, null));
    return "organisations/detail";
  }

  @PostMapping("/organisations/{id}/accounts")
  String bindAccount(
      @PathVariable long id,
      @RequestParam(required = false) String username,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    access.inScope(id);
    try {
      accounts.bind(username == null ? "" : username.strip(), id, user.username());
      redirect.addFlashAttribute("message", "已绑定社会组织账号 " + username);
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/organisations/" + id;
  }

  @PostMapping("/organisations/{id}/listings")
  String addListing(
      @PathVariable long id,
      @RequestParam(required = false) String trigger,
      @RequestParam(required = false) String subject,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    access.inScope(id);
    ListTrigger t;
    try {
      t = ListTrigger.valueOf(trigger == null ? "" : trigger);
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", "列入情形：请选择");
      return "redirect:/organisations/" + id;
    }
    if (t == ListTrigger.ABNORMAL_TWO_YEARS || t == ListTrigger.REPORT_NOT_FILED) {
      redirect.addFlashAttribute("error", "列入情形：该情形由系统每日按规则认定");
      return "redirect:/organisations/" + id;
    }
    if (subject == null || subject.isBlank()) {
      redirect.addFlashAttribute("error", "认定依据文书：不能为空");
      return "redirect:/organisations/" + id;
    }
    lists.list(id, t, subject.strip(), ChinaTime.today(), user.username());
    redirect.addFlashAttribute("message", "已列入" + t.list().label());
    return "redirect:/organisations/" + id;
  }
}
