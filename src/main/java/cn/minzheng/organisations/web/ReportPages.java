package cn.minzheng.organisations.web;

import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.organisations.reports.AnnualReport;
import cn.minzheng.organisations.reports.AnnualReports;
import cn.minzheng.organisations.reports.ReportDeadlines;
import cn.minzheng.organisations.reports.ReviewResult;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 年度报告: the reports of a year in the caller's region (review 合格/基本合格/不合格 with findings), the
 * organisations that have not reported with a reminder to their inbox, and the deadlines per type.
 */
@Controller
class ReportPages {

  static final String PATH = "/organisations/reports";

  private final OrganisationAccess access;
  private final AnnualReports reports;
  private final ReportDeadlines deadlines;
  private final DataScope scope;

  ReportPages(
      OrganisationAccess access,
      AnnualReports reports,
      ReportDeadlines deadlines,
      DataScope scope) {
    this.access = access;
    this.reports = reports;
    this.deadlines = deadlines;
    this.scope = scope;
  }

  @GetMapping(PATH)
  String list(
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "false") boolean unreviewed,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Model model) {
    StaffUser user = access.require(OrganisationAccess.READ);
    int y = year == null ? ChinaTime.today().getYear() - 1 : year;
    PageQuery query = PageQuery.of(page, size, null, null, Set.of("id"), "id");
    model.addAttribute("year", y);
    model.addAttribute("unreviewed", unreviewed);
    model.addAttribute("page", reports.page(scope.current(), y, unreviewed, query));
    model.addAttribute(
        "missing", reports.notReported(scope.current(), y, new PageQuery(1, 100, "name", true)));
    model.addAttribute("deadlines", deadlines.all());
    model.addAttribute("results", ReviewResult.values());
    model.addAttribute(
        "bureau", user.roles().stream().anyMatch(OrganisationAccess.BUREAU::contains));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会组织"), Breadcrumb.here("年度报告")));
    return "organisations/reports";
  }

  @GetMapping(PATH + "/{id}")
  String report(@PathVariable long id, Model model) {
    access.require(OrganisationAccess.READ);
    AnnualReport r =
        reports.find(id).orElseThrow(() -> new RecordNotFoundException("annual-report"));
    scope.requireInScope(r.regionCode());
    model.addAttribute("r", r);
    model.addAttribute("results", ReviewResult.values());
    model.addAttribute("back", PATH + "?year=" + r.year());
    model.addAttribute("reviewable", true);
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("社会组织"),
            Breadcrumb.here("年度报告"),
            Breadcrumb.here(r.organisationName())));
    return "organisations/report";
  }

  @PostMapping(PATH + "/{id}/review")
  String review(
      @PathVariable long id,
      @RequestParam(required = false) String result,
      @RequestParam(required = false) String findings,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    AnnualReport r =
        reports.find(id).orElseThrow(() -> new RecordNotFoundException("annual-report"));
    scope.requireInScope(r.regionCode());
    try {
      ReviewResult res = ApplicationPages.enumOf(ReviewResult.class, result, "result", "审查结论：请选择");
      reports.review(id, res, findings, ChinaTime.today(), user.username());
      redirect.addFlashAttribute("message", "已审查：" + res.label());
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + "/" + id;
  }

  /** The city sets a type's two deadlines (month-day), e.g. 03-31 and 05-31. */
  @PostMapping(PATH + "/deadlines")
  String deadlines(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String supervising,
      @RequestParam(required = false) String authority,
      RedirectAttributes redirect) {
    access.require(OrganisationAccess.CITY);
    try {
      OrganisationKind k = ApplicationPages.enumOf(OrganisationKind.class, kind, "kind", "类型：请选择");
      if (!k.registered()) {
        throw new InvalidInput("kind", "类型：备案社区社会组织不报送年度报告");
      }
      deadlines.update(
          k, supervising == null ? "" : supervising, authority == null ? "" : authority);
      redirect.addFlashAttribute("message", "已修改" + k.label() + "的年度报告截止日");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH;
  }

  @PostMapping(PATH + "/remind")
  String remind(@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
    access.require(OrganisationAccess.BUREAU);
    int y = year == null ? ChinaTime.today().getYear() - 1 : year;
    int sent = reports.remind(scope.current(), y);
    redirect.addFlashAttribute("message", "已向 " + sent + " 家未报送的社会组织发送提醒");
    return "redirect:" + PATH + "?year=" + y;
  }
}
