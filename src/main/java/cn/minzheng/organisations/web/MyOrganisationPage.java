package cn.minzheng.organisations.web;

import cn.minzheng.organisations.applications.Applications;
import cn.minzheng.organisations.credit.CreditLists;
import cn.minzheng.organisations.register.Facts;
import cn.minzheng.organisations.register.Notices;
import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.organisations.register.OrganisationQueries;
import cn.minzheng.organisations.register.Organisations;
import cn.minzheng.organisations.reports.AnnualReport;
import cn.minzheng.organisations.reports.AnnualReport.Filing;
import cn.minzheng.organisations.reports.AnnualReports;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 本组织 for an organisation's own account: its registration, history, listings and inbox; the annual
 * report filed online; a change application. No organisation id comes from the request except a
 * report's, which must be the account's own organisation's (else 404).
 */
@Controller
class MyOrganisationPage {

  static final String PATH = "/organisations/mine";

  private final OrganisationAccess access;
  private final OrganisationQueries queries;
  private final Organisations organisations;
  private final AnnualReports reports;
  private final Applications applications;
  private final CreditLists lists;
  private final Notices notices;

  MyOrganisationPage(
      OrganisationAccess access,
      OrganisationQueries queries,
      Organisations organisations,
      AnnualReports reports,
      Applications applications,
      CreditLists lists,
      Notices notices) {
    this.access = access;
    this.queries = queries;
    this.organisations = organisations;
    this.reports = reports;
    this.applications = applications;
    this.lists = lists;
    this.notices = notices;
  }

  @GetMapping(PATH)
  String show(Model model) {
    StaffUser user = access.require(OrganisationAccess.ACCOUNT);
    return render(access.own(user), new ReportForm(), Map.of(), model);
  }

  @PostMapping(PATH + "/reports")
  String fileReport(
      @ModelAttribute("report") ReportForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.ACCOUNT);
    Organisation o = access.own(user);
    try {
      reports.file(o.id(), form.filing(), ChinaTime.today(), user.username());
    } catch (InvalidInput e) {
      response.setStatus(422);
      return render(o, form, OrganisationAccess.errors(e), model);
    }
    redirect.addFlashAttribute("message", form.getYear() + "年度报告已报送，等待登记管理机关审查");
    return "redirect:" + PATH;
  }

  @GetMapping(PATH + "/reports/{id}")
  String report(@PathVariable long id, Model model) {
    StaffUser user = access.require(OrganisationAccess.ACCOUNT);
    Organisation o = access.own(user);
    AnnualReport r =
        reports
            .find(id)
            .filter(found -> found.organisationId() == o.id())
            .orElseThrow(() -> new RecordNotFoundException("annual-report"));
    model.addAttribute("r", r);
    model.addAttribute("back", PATH);
    model.addAttribute("reviewable", false);
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("社会组织"), Breadcrumb.here("本组织"), Breadcrumb.here(r.year() + "年度报告")));
    return "organisations/report";
  }

  @PostMapping(PATH + "/changes")
  String fileChange(
      @ModelAttribute("change") EstablishForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.ACCOUNT);
    Organisation o = access.own(user);
    form.setRegionCode(o.regionCode());
    try {
      Facts.Representative rep =
          form.getLegalRepresentative() == null || form.getLegalRepresentative().isBlank()
              ? new Facts.Representative(
                  o.legalRepresentativeId() == null ? 0 : o.legalRepresentativeId(),
                  o.legalRepresentativeName())
              : organisations.representativeByIdNumber(form.getLegalRepresentative());
      long id =
          applications.change(o.id(), form.facts(rep), form.getMaterials(), user.username(), true);
      redirect.addFlashAttribute("message", "变更登记申请已提交（编号" + id + "）");
      return "redirect:" + PATH;
    } catch (InvalidInput e) {
      response.setStatus(422);
      model.addAttribute("changeErrors", OrganisationAccess.errors(e));
      return render(o, new ReportForm(), Map.of(), model);
    }
  }

  private String render(Organisation o, ReportForm form, Map<String, String> errors, Model model) {
    if (form.getYear() == null) {
      form.setYear(ChinaTime.today().getYear() - 1);
    }
    model.addAttribute("o", o);
    model.addAttribute("history", queries.history(o.id()));
    model.addAttribute("reports", reports.of(o.id()));
    model.addAttribute("listings", lists.of(o.id()));
    model.addAttribute("applications", applications.ofOrganisation(o.id()));
    model.addAttribute("notices", notices.of(o.id()));
    model.addAttribute("report", form);
    model.addAttribute("errors", errors);
    if (!model.containsAttribute("changeErrors")) {
      model.addAttribute("changeErrors", Map.of());
    }
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会组织"), Breadcrumb.here("本组织")));
    return "organisations/mine";
  }

  /** The annual report form. */
  public static class ReportForm {
    private Integer year;
    private String income;
    private String expenditure;
    private String netAssets;
    private String staffCount;
    private String activities;
    private String changes;

    Filing filing() {
      if (year == null) {
        throw new InvalidInput("year", "年度：不能为空");
      }
      return new Filing(
          year,
          null,
          money(income, "income", "本年收入"),
          money(expenditure, "expenditure", "本年支出"),
          money(netAssets, "netAssets", "年末净资产"),
          count(),
          activities == null ? "" : activities,
          changes == null || changes.isBlank() ? null : changes.strip());
    }

    private int count() {
      try {
        return Integer.parseInt(staffCount == null ? "" : staffCount.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInput("staffCount", "专职工作人员：须为人数");
      }
    }

    private static BigDecimal money(String text, String field, String label) {
      try {
        BigDecimal v = new BigDecimal(text == null ? "" : text.strip());
        if (v.scale() > 2) {
          throw new InvalidInput(field, label + "：最多两位小数");
        }
        return v;
      } catch (NumberFormatException e) {
        throw new InvalidInput(field, label + "：须为金额（元）");
      }
    }

    public Integer getYear() {
      return year;
    }

    public void setYear(Integer v) {
      year = v;
    }

    public String getIncome() {
      return income;
    }

    public void setIncome(String v) {
      income = v;
    }

    public String getExpenditure() {
      return expenditure;
    }

    public void setExpenditure(String v) {
      expenditure = v;
    }

    public String getNetAssets() {
      return netAssets;
    }

    public void setNetAssets(String v) {
      netAssets = v;
    }

    public String getStaffCount() {
      return staffCount;
    }

    public void setStaffCount(String v) {
      staffCount = v;
    }

    public String getActivities() {
      return activities;
    }

    public void setActivities(String v) {
      activities = v;
    }

    public String getChanges() {
      return changes;
    }

    public void setChanges(String v) {
      changes = v;
    }
  }
}
