package cn.minzheng.monitoring.web;

import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.monitoring.warnings.Warning;
import cn.minzheng.monitoring.warnings.WarningEvidence;
import cn.minzheng.monitoring.warnings.WarningRejectedException;
import cn.minzheng.monitoring.warnings.WarningStates;
import cn.minzheng.monitoring.warnings.WarningStatistics;
import cn.minzheng.monitoring.warnings.Warnings;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate;
import java.time.LocalDate;
import java.time.YearMonth;
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

/** 预警处置: the list in scope, a warning with its evidence and history, its lifecycle steps. */
@Controller
class WarningPages {

  private final Warnings warnings;
  private final WarningEvidence evidence;
  private final WarningStatistics statistics;
  private final VisitRecords visits;
  private final PersonDirectory directory;
  private final RegionHierarchy regions;
  private final MonitoringAccess access;

  WarningPages(
      Warnings warnings,
      WarningEvidence evidence,
      WarningStatistics statistics,
      VisitRecords visits,
      PersonDirectory directory,
      RegionHierarchy regions,
      MonitoringAccess access) {
    this.warnings = warnings;
    this.evidence = evidence;
    this.statistics = statistics;
    this.visits = visits;
    this.directory = directory;
    this.regions = regions;
    this.access = access;
  }

  @GetMapping("/monitoring/warnings")
  String list(
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable String level,
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String dir,
      Model model) {
    var user = access.requireCaseStaff();
    Warnings.Filter filter = filter(state, level, mine, user);
    PageQuery query = PageQuery.of(page, size, sort, dir, Warnings.SORTS, "deadline");
    model.addAttribute("page", warnings.page(filter, query));
    model.addAttribute("state", filter.state());
    model.addAttribute("level", filter.level());
    model.addAttribute("mine", mine);
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("labels", new Labels(regions));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("动态监测"), Breadcrumb.here("预警处置")));
    return "monitoring/warnings";
  }

  private static final Set<String> STATES =
      Set.of("PENDING", "NEW", "ASSIGNED", "HANDLED", "CLOSED");
  private static final Set<String> LEVELS = Set.of("RED", "ORANGE", "YELLOW");

  /**
   * The list's filter from the request: an unknown state or level is no filter; {@code mine}: the
   * warnings waiting at the user's own office (its 待办).
   */
  static Warnings.Filter filter(
      @Nullable String state, @Nullable String level, boolean mine, StaffUser user) {
    return new Warnings.Filter(
        state != null && STATES.contains(state) ? state : null,
        level != null && LEVELS.contains(level) ? level : null,
        mine ? user.regionCode() : null);
  }

  @GetMapping("/monitoring/warnings/{id}")
  String detail(@PathVariable long id, Model model) {
    access.requireCaseStaff();
    Warning w = warnings.require(id);
    model.addAttribute("warning", w);
    model.addAttribute("evidence", evidence.of(w));
    model.addAttribute("history", warnings.history(id));
    model.addAttribute("person", directory.find(w.personId()).orElse(null));
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("labels", new Labels(regions));
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("动态监测"),
            Breadcrumb.link("预警处置", "/monitoring/warnings"),
            Breadcrumb.here("预警 " + id)));
    return "monitoring/warning";
  }

  @PostMapping("/monitoring/warnings/{id}/assign")
  String assign(@PathVariable long id, RedirectAttributes flash) {
    var user = access.requireCaseStaff();
    return step(id, flash, () -> warnings.assign(id, user.username()));
  }

  @PostMapping("/monitoring/warnings/{id}/visit")
  String visit(
      @PathVariable long id,
      @RequestParam(required = false) @PlausibleDate.Happened LocalDate visitedOn,
      @RequestParam(defaultValue = "") String findings,
      @RequestParam(defaultValue = "") String needs,
      @RequestParam(defaultValue = "") String followUp,
      RedirectAttributes flash) {
    var user = access.requireCaseStaff();
    Warning w = warnings.require(id);
    if (findings.isBlank()) {
      flash.addFlashAttribute("problem", "走访情况不能为空");
      return "redirect:/monitoring/warnings/" + id;
    }
    return step(
        id,
        flash,
        () -> {
          visits.record(
              new VisitRecords.Visit(
                  w.personId(),
                  w.householdId(),
                  w.regionCode(),
                  visitedOn == null ? ChinaTime.today() : visitedOn,
                  user.displayName(),
                  findings,
                  needs,
                  followUp,
                  null,
                  id),
              user.username());
          warnings.handle(id, "VISIT", findings, user.username());
        });
  }

  @PostMapping("/monitoring/warnings/{id}/handle")
  String handle(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String disposal,
      @RequestParam(defaultValue = "") String note,
      RedirectAttributes flash) {
    var user = access.requireCaseStaff();
    return step(id, flash, () -> warnings.handle(id, disposal, note, user.username()));
  }

  @PostMapping("/monitoring/warnings/{id}/close")
  String close(@PathVariable long id, RedirectAttributes flash) {
    var user = access.requireOffice();
    return step(id, flash, () -> warnings.close(id, user.username()));
  }

  /** Counts of the warnings raised in the months chosen (all months when none is). */
  @GetMapping("/monitoring/warnings/statistics")
  String statistics(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    access.requireCaseStaff();
    YearMonth first = month(from);
    YearMonth last = month(to);
    model.addAttribute("from", first);
    model.addAttribute("to", last);
    model.addAttribute("byRule", statistics.by("rule", first, last));
    model.addAttribute("byRegion", statistics.by("region", first, last));
    model.addAttribute("byOutcome", statistics.by("outcome", first, last));
    model.addAttribute("labels", new Labels(regions));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("动态监测"), Breadcrumb.here("预警统计")));
    return "monitoring/warning-statistics";
  }

  /** A month typed as 年-月, or null (no bound) when empty or not a month. */
  private static YearMonth month(String value) {
    try {
      return value == null || value.isBlank() ? null : YearMonth.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private String step(long id, RedirectAttributes flash, Runnable work) {
    try {
      work.run();
      flash.addFlashAttribute("message", "已保存");
    } catch (WarningRejectedException e) {
      flash.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/monitoring/warnings/" + id;
  }

  /** Labels for templates: states, disposals, levels, region names. */
  record Labels(RegionHierarchy regions) {
    public String of(String code) {
      return WarningStates.label(code);
    }

    public String region(String code) {
      return code == null ? "" : regions.nameOf(code);
    }
  }
}
