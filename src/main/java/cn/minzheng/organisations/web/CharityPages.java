package cn.minzheng.organisations.web;

import cn.minzheng.organisations.charity.CharityOrganisations;
import cn.minzheng.organisations.charity.CharityProject;
import cn.minzheng.organisations.charity.CharityProjects;
import cn.minzheng.organisations.charity.CharityTrust;
import cn.minzheng.organisations.charity.CharityTrust.Filing;
import cn.minzheng.organisations.charity.CharityTrusts;
import cn.minzheng.organisations.charity.TrusteeKind;
import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.organisations.register.OrganisationQueries;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
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

/**
 * 慈善 for staff: charitable trusts (filing for a trustee, changes, yearly reports, termination),
 * 慈善组织 recognition and the public fundraising qualification, community charity projects and brand
 * recognition. Lists are of the caller's region, paged and filtered; the registration authorities
 * (district, city) record; a trust of another region answers 404.
 */
@Controller
class CharityPages {

  static final String PATH = "/organisations/charity";

  private final OrganisationAccess access;
  private final CharityTrusts trusts;
  private final CharityOrganisations charities;
  private final CharityProjects projects;
  private final OrganisationQueries organisations;
  private final DataScope scope;
  private final AuditLog audit;

  CharityPages(
      OrganisationAccess access,
      CharityTrusts trusts,
      CharityOrganisations charities,
      CharityProjects projects,
      OrganisationQueries organisations,
      DataScope scope,
      AuditLog audit) {
    this.access = access;
    this.trusts = trusts;
    this.charities = charities;
    this.projects = projects;
    this.organisations = organisations;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping(PATH + "/trusts")
  String trusts(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean late,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Model model) {
    StaffUser user = access.require(OrganisationAccess.READ);
    model.addAttribute("q", q);
    model.addAttribute("late", late);
    model.addAttribute(
        "page",
        trusts.page(
            scope.current(),
            q,
            late,
            PageQuery.of(page, size, "signed_on", "desc", Set.of("signed_on"), "signed_on")));
    model.addAttribute("totals", trusts.totals(scope.current()));
    model.addAttribute("kinds", TrusteeKind.values());
    model.addAttribute("bureau", bureau(user));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会组织"), Breadcrumb.here("慈善信托")));
    return "organisations/charity-trusts";
  }

  /**
   * Staff record a trustee's filing: a charity organisation of their region, or a trust company.
   */
  @PostMapping(PATH + "/trusts")
  String file(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String trusteeKind,
      @RequestParam(required = false) String trusteeCreditCode,
      @RequestParam(required = false) String trusteeName,
      @RequestParam(required = false) String purpose,
      @RequestParam(required = false) String property,
      @RequestParam(required = false) String signedOn,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    try {
      TrusteeKind kind =
          ApplicationPages.enumOf(TrusteeKind.class, trusteeKind, "trusteeKind", "受托人类型：请选择");
      Long orgId = null;
      String region = user.regionCode();
      if (kind == TrusteeKind.CHARITY_ORGANISATION) {
        Organisation o = ownRegion(trusteeCreditCode);
        orgId = o.id();
        region = o.regionCode();
      }
      long id =
          trusts.file(
              new Filing(
                  name == null ? "" : name,
                  kind,
                  orgId,
                  trusteeCreditCode,
                  trusteeName,
                  purpose == null ? "" : purpose,
                  ProjectForms.amount(property, "property", "信托财产（元）"),
                  region,
                  ProjectForms.date(signedOn, Span.HAPPENED, "signedOn", "信托文件签订日期")),
              ChinaTime.today(),
              user.username());
      CharityTrust t = trusts.find(id).orElseThrow();
      redirect.addFlashAttribute(
          "message",
          "已备案，备案编号" + t.recordNumber() + (t.late() ? "（逾期备案，应于" + t.filingDue() + "前）" : ""));
      return "redirect:" + PATH + "/trusts/" + id;
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:" + PATH + "/trusts";
    }
  }

  @GetMapping(PATH + "/trusts/{id}")
  String trust(@PathVariable long id, Model model) {
    StaffUser user = access.require(OrganisationAccess.READ);
    CharityTrust t = trustInScope(id);
    audit.record(AuditEvent.success("organisations.trust.read", "charity_trust", "" + id, "page"));
    model.addAttribute("t", t);
    model.addAttribute("changes", trusts.changes(id));
    model.addAttribute("reports", trusts.reports(id));
    model.addAttribute("bureau", bureau(user));
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("社会组织"),
            Breadcrumb.link("慈善信托", PATH + "/trusts"),
            Breadcrumb.here(t.name())));
    return "organisations/charity-trust";
  }

  /** The office accepts a trustee's online filing. */
  @PostMapping(PATH + "/trusts/{id}/accept")
  String accept(@PathVariable long id, RedirectAttributes redirect) {
    return review(id, true, null, redirect);
  }

  /** The office returns a trustee's online filing with a reason. */
  @PostMapping(PATH + "/trusts/{id}/return")
  String returnFiling(
      @PathVariable long id,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    return review(id, false, note, redirect);
  }

  private String review(
      long id, boolean accept, @Nullable String note, RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    trustInScope(id);
    try {
      trusts.review(id, accept, note, ChinaTime.today(), user.username());
      redirect.addFlashAttribute("message", accept ? "已审核通过，备案完成" : "已退回");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + "/trusts/" + id;
  }

  @PostMapping(PATH + "/trusts/{id}/changes")
  String change(
      @PathVariable long id,
      @RequestParam(required = false) String what,
      @RequestParam(required = false) String property,
      @RequestParam(required = false) String signedOn,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    trustInScope(id);
    try {
      trusts.change(
          id,
          what == null ? "" : what,
          ProjectForms.optionalAmount(property, "property", "变更后信托财产（元）"),
          ProjectForms.date(signedOn, Span.HAPPENED, "signedOn", "变更文件签订日期"),
          ChinaTime.today(),
          user.username());
      redirect.addFlashAttribute("message", "已备案变更");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + "/trusts/" + id;
  }

  @PostMapping(PATH + "/trusts/{id}/reports")
  String report(
      @PathVariable long id,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String propertyEnd,
      @RequestParam(required = false) String spent,
      @RequestParam(required = false) String summary,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    trustInScope(id);
    try {
      trusts.report(
          id,
          ProjectForms.integer(year, "year", "报告年度"),
          ProjectForms.amount(propertyEnd, "propertyEnd", "年末信托财产（元）"),
          ProjectForms.amount(spent, "spent", "本年度慈善支出（元）"),
          summary == null ? "" : summary,
          ChinaTime.today(),
          user.username());
      redirect.addFlashAttribute("message", "已公布年度报告");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + "/trusts/" + id;
  }

  @PostMapping(PATH + "/trusts/{id}/terminate")
  String terminate(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String disposal,
      @RequestParam(required = false) String happenedOn,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    trustInScope(id);
    try {
      trusts.terminate(
          id,
          reason,
          disposal,
          ProjectForms.date(happenedOn, Span.HAPPENED, "happenedOn", "终止日期"),
          ChinaTime.today(),
          user.username());
      redirect.addFlashAttribute("message", "已备案终止");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + "/trusts/" + id;
  }

  @GetMapping(PATH + "/organisations")
  String charities(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Model model) {
    StaffUser user = access.require(OrganisationAccess.READ);
    model.addAttribute("q", q);
    model.addAttribute(
        "page",
        charities.page(
            scope.current(), q, PageQuery.of(page, size, null, null, Set.of("id"), "id")));
    model.addAttribute("bureau", bureau(user));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会组织"), Breadcrumb.here("慈善组织")));
    return "organisations/charity-organisations";
  }

  @PostMapping(PATH + "/organisations")
  String recognise(
      @RequestParam(required = false) String creditCode,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) String on,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    try {
      Organisation o = ownRegion(creditCode);
      charities.recognise(
          o.id(),
          ProjectForms.date(on, Span.HAPPENED, "on", "认定日期"),
          number == null ? "" : number,
          user.username());
      redirect.addFlashAttribute("message", "已认定" + o.name() + "为慈善组织");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + "/organisations";
  }

  @PostMapping(PATH + "/organisations/{id}/fundraising")
  String fundraising(
      @PathVariable long id,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) String on,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    access.inScope(id);
    try {
      charities.grantFundraising(
          id,
          ProjectForms.date(on, Span.HAPPENED, "on", "取得公开募捐资格日期"),
          number == null ? "" : number,
          user.username());
      redirect.addFlashAttribute("message", "已授予公开募捐资格");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + "/organisations";
  }

  @GetMapping(PATH + "/projects")
  String projects(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean brand,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Model model) {
    StaffUser user = access.require(OrganisationAccess.READ);
    model.addAttribute("q", q);
    model.addAttribute("brand", brand);
    model.addAttribute(
        "page",
        projects.page(
            scope.current(), q, brand, PageQuery.of(page, size, null, null, Set.of("id"), "id")));
    model.addAttribute("fields", CharityProject.Field.values());
    model.addAttribute("bureau", bureau(user));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会组织"), Breadcrumb.here("社区慈善项目")));
    return "organisations/charity-projects";
  }

  @PostMapping(PATH + "/projects")
  String register(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String creditCode,
      @RequestParam(required = false) String regionCode,
      @RequestParam(required = false) String field,
      @RequestParam(required = false) String startedOn,
      @RequestParam(required = false) String beneficiaries,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    try {
      Long orgId = creditCode == null || creditCode.isBlank() ? null : ownRegion(creditCode).id();
      if (regionCode == null || !regionCode.strip().matches("[0-9]{12}")) {
        throw new InvalidInput("regionCode", "所在社区：应为12位区划代码");
      }
      if (!scope.current().permits(regionCode.strip())) {
        throw new InvalidInput("regionCode", "所在社区：不在本辖区");
      }
      projects.register(
          name == null ? "" : name,
          orgId,
          regionCode.strip(),
          ApplicationPages.enumOf(CharityProject.Field.class, field, "field", "服务领域：请选择"),
          ProjectForms.date(startedOn, "startedOn", "开始日期"),
          ProjectForms.integer(
              beneficiaries == null || beneficiaries.isBlank() ? "0" : beneficiaries,
              "beneficiaries",
              "受益人数"),
          user.username());
      redirect.addFlashAttribute("message", "已登记社区慈善项目");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + "/projects";
  }

  @PostMapping(PATH + "/projects/{id}/brand")
  String brand(
      @PathVariable long id,
      @RequestParam(required = false) String on,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    CharityProject p =
        projects.find(id).orElseThrow(() -> new RecordNotFoundException("charity project"));
    scope.requireInScope(p.regionCode());
    try {
      projects.recogniseBrand(
          id, ProjectForms.date(on, Span.HAPPENED, "on", "认定日期"), user.username());
      redirect.addFlashAttribute("message", "已认定为社区慈善品牌项目");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + "/projects";
  }

  private CharityTrust trustInScope(long id) {
    CharityTrust t =
        trusts.find(id).orElseThrow(() -> new RecordNotFoundException("charity trust"));
    scope.requireInScope(t.regionCode());
    return t;
  }

  /** A registered organisation of the caller's region by its credit code. */
  private Organisation ownRegion(@Nullable String creditCode) {
    if (creditCode == null || creditCode.isBlank()) {
      throw new InvalidInput("creditCode", "统一社会信用代码：不能为空");
    }
    return organisations
        .byCreditCode(creditCode)
        .filter(o -> scope.current().permits(o.regionCode()))
        .orElseThrow(() -> new InvalidInput("creditCode", "统一社会信用代码：本辖区没有该社会组织"));
  }

  private static boolean bureau(StaffUser user) {
    return user.roles().stream().anyMatch(OrganisationAccess.BUREAU::contains);
  }
}
