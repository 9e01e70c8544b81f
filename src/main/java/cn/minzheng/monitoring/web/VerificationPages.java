package cn.minzheng.monitoring.web;

import cn.minzheng.monitoring.verification.EconomicVerification;
import cn.minzheng.monitoring.verification.VerificationRefusedException;
import cn.minzheng.monitoring.verification.VerificationReport;
import cn.minzheng.monitoring.verification.VerificationReports;
import cn.minzheng.monitoring.verification.VerificationRequest;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.registry.HouseholdSummary;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 经济状况核对: standalone requests by a member's ID number, the printable report, re-check, dispute. */
@Controller
class VerificationPages {

  private final EconomicVerification verification;
  private final VerificationReports reports;
  private final PersonDirectory directory;
  private final DataScope scope;
  private final RegionHierarchy regions;
  private final MonitoringAccess access;

  VerificationPages(
      EconomicVerification verification,
      VerificationReports reports,
      PersonDirectory directory,
      DataScope scope,
      RegionHierarchy regions,
      MonitoringAccess access) {
    this.verification = verification;
    this.reports = reports;
    this.directory = directory;
    this.scope = scope;
    this.regions = regions;
    this.access = access;
  }

  @GetMapping("/monitoring/verifications")
  String list(
      @RequestParam(defaultValue = "false") boolean valid,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String dir,
      Model model) {
    access.requireCaseStaff();
    PageQuery query = PageQuery.of(page, size, sort, dir, VerificationReports.SORTS, "id");
    if (sort == null) {
      // newest first until the user sorts
      query = new PageQuery(query.page(), query.size(), "id", false);
    }
    return show(valid, query, model);
  }

  private String show(boolean valid, PageQuery query, Model model) {
    model.addAttribute("page", reports.page(valid ? ChinaTime.today() : null, query));
    model.addAttribute("valid", valid);
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("动态监测"), Breadcrumb.here("经济状况核对")));
    return "monitoring/verifications";
  }

  @PostMapping("/monitoring/verifications")
  String create(
      @RequestParam(defaultValue = "") String idNumber,
      @RequestParam(defaultValue = "") String consentRef,
      @RequestParam(required = false) LocalDate asOf,
      Model model) {
    var user = access.requireCaseStaff();
    String problem = null;
    HouseholdSummary household = null;
    try {
      var person = directory.findByIdNumber(IdCardNo.parse(idNumber)).orElse(null);
      household = person == null ? null : directory.householdOf(person.id()).orElse(null);
      if (household == null || !scope.permits(household.regionCode())) {
        problem = "身份证号：未找到您辖区内该人员所在的家庭";
      }
    } catch (InvalidIdCardNoException e) {
      problem = "身份证号：" + e.getMessage();
    }
    if (problem == null) {
      try {
        long id =
            verification.verify(
                new VerificationRequest(
                    household.id(),
                    household.regionCode(),
                    household.members().stream().map(HouseholdSummary.Member::personId).toList(),
                    asOf == null ? ChinaTime.today() : asOf,
                    consentRef.strip(),
                    null,
                    null),
                user.username());
        return "redirect:/monitoring/verifications/" + id;
      } catch (VerificationRefusedException e) {
        problem = "核对授权书：" + e.getMessage();
      }
    }
    model.addAttribute("problem", problem);
    return show(false, new PageQuery(1, PageQuery.DEFAULT_SIZE, "id", false), model);
  }

  @GetMapping("/monitoring/verifications/{id}")
  String report(@PathVariable long id, Model model) {
    access.requireCaseStaff();
    VerificationReport report = reports.require(id);
    Map<Long, String> names = new LinkedHashMap<>();
    for (Long person : report.memberIds()) {
      names.put(person, directory.find(person).map(p -> p.name()).orElse(String.valueOf(person)));
    }
    model.addAttribute("report", report);
    model.addAttribute("names", names);
    model.addAttribute("regionName", regions.nameOf(report.regionCode()));
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("动态监测"),
            Breadcrumb.link("经济状况核对", "/monitoring/verifications"),
            Breadcrumb.here("核对报告 " + id)));
    return "monitoring/verification";
  }

  @PostMapping("/monitoring/verifications/{id}/recheck")
  String recheck(@PathVariable long id) {
    var user = access.requireCaseStaff();
    VerificationReport earlier = reports.require(id);
    HouseholdSummary household =
        directory
            .householdOf(earlier.memberIds().isEmpty() ? -1 : earlier.memberIds().get(0))
            .orElse(null);
    List<Long> members =
        household == null
            ? earlier.memberIds()
            : household.members().stream().map(HouseholdSummary.Member::personId).toList();
    long again =
        verification.verify(
            new VerificationRequest(
                earlier.householdId(),
                earlier.regionCode(),
                members.isEmpty() ? List.of() : members,
                ChinaTime.today(),
                earlier.consentRef(),
                earlier.caseId(),
                id),
            user.username());
    return "redirect:/monitoring/verifications/" + again;
  }

  @PostMapping("/monitoring/verifications/{id}/disputes")
  String dispute(
      @PathVariable long id,
      @RequestParam long factId,
      @RequestParam(defaultValue = "") String raisedBy,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes flash) {
    access.requireCaseStaff();
    try {
      reports.dispute(id, factId, reason, raisedBy.isBlank() ? "家庭成员" : raisedBy);
      flash.addFlashAttribute("message", "异议已登记，转经办人员核实");
    } catch (VerificationRefusedException e) {
      flash.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/monitoring/verifications/" + id;
  }
}
