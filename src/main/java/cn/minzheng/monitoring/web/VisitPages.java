package cn.minzheng.monitoring.web;

import cn.minzheng.monitoring.register.RegisterCategory;
import cn.minzheng.monitoring.visits.VisitAssignments;
import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.ProblemException;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 巡访关爱: open visit tasks in scope (overdue in red, filtered by community, category, due date and
 * worker), recording a visit, batch assignment to a worker by the offices, counts by month.
 */
@Controller
class VisitPages {

  private final VisitRecords visits;
  private final VisitAssignments assignments;
  private final DataScope scope;
  private final RegionHierarchy regions;
  private final MonitoringAccess access;

  VisitPages(
      VisitRecords visits,
      VisitAssignments assignments,
      DataScope scope,
      RegionHierarchy regions,
      MonitoringAccess access) {
    this.visits = visits;
    this.assignments = assignments;
    this.scope = scope;
    this.regions = regions;
    this.access = access;
  }

  @GetMapping("/monitoring/visits")
  String list(
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable RegisterCategory category,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueBy,
      @RequestParam(required = false) @Nullable String assignee,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String dir,
      Model model) {
    StaffUser user = access.requireCaseStaff();
    Set<String> regionCodes = null;
    if (region != null && !region.isBlank()) {
      scope.requireInScope(region);
      regionCodes = regions.subtreeOf(region);
    }
    PageQuery query = PageQuery.of(page, size, sort, dir, VisitRecords.TASK_SORTS, "due_date");
    String who = assignee == null || assignee.isBlank() ? null : assignee;
    var filter =
        new VisitRecords.TaskFilter(
            regionCodes, category == null ? null : category.name(), dueBy, who);
    boolean canAssign = access.isOffice(user);
    model.addAttribute("canAssign", canAssign);
    model.addAttribute("workers", assignments.workers(scope.current()));
    model.addAttribute("assignee", who);
    model.addAttribute("maxTasks", VisitAssignments.MAX_TASKS);
    model.addAttribute("page", visits.openTasks(scope.current(), filter, query));
    model.addAttribute("taskRegions", visits.openTaskRegions(scope.current()));
    model.addAttribute("categories", RegisterCategory.values());
    model.addAttribute("region", region);
    model.addAttribute("category", category);
    model.addAttribute("dueBy", dueBy);
    model.addAttribute("months", visits.countsByMonth(scope.current()));
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("动态监测"), Breadcrumb.here("巡访关爱")));
    return "monitoring/visits";
  }

  /** The visit form of one task on its own page: where the list's dialog goes without script. */
  @GetMapping("/monitoring/visits/tasks/{id}")
  String task(@PathVariable long id, Model model) {
    access.requireCaseStaff();
    var task = visits.openTask(id).orElseThrow(() -> new RecordNotFoundException("no task"));
    scope.requireInScope(task.regionCode());
    model.addAttribute("task", task);
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("动态监测"),
            Breadcrumb.link("巡访关爱", "/monitoring/visits"),
            Breadcrumb.here("记录走访")));
    return "monitoring/visit-task";
  }

  @PostMapping("/monitoring/visits/tasks/{id}")
  String record(
      @PathVariable long id,
      @RequestParam(required = false) @PlausibleDate.Happened LocalDate visitedOn,
      @RequestParam(defaultValue = "") String findings,
      @RequestParam(defaultValue = "") String needs,
      @RequestParam(defaultValue = "") String followUp,
      RedirectAttributes flash) {
    var user = access.requireCaseStaff();
    var task = visits.openTask(id).orElseThrow(() -> new RecordNotFoundException("no task"));
    scope.requireInScope(task.regionCode());
    if (findings.isBlank()) {
      flash.addFlashAttribute("problem", "走访情况：不能为空");
      return "redirect:/monitoring/visits";
    }
    visits.record(
        new VisitRecords.Visit(
            task.personId(),
            task.householdId(),
            task.regionCode(),
            visitedOn == null ? ChinaTime.today() : visitedOn,
            user.displayName(),
            findings,
            needs,
            followUp,
            task.id(),
            null),
        user.username());
    flash.addFlashAttribute("message", "走访记录已保存");
    return "redirect:/monitoring/visits";
  }

  /**
   * 批量分派: the ticked tasks of the list to one worker, one transaction; a task outside the caller's
   * scope is not found (404) and nothing is assigned.
   */
  @PostMapping("/monitoring/visits/assignments")
  String assign(
      @RequestParam(name = "selected", required = false) @Nullable List<Long> selected,
      @RequestParam(required = false) @Nullable String worker,
      RedirectAttributes flash) {
    var user = access.requireOffice();
    try {
      VisitAssignments.Assigned done =
          assignments.assign(
              selected == null ? List.of() : selected,
              worker == null ? "" : worker,
              scope.current(),
              user.username());
      flash.addFlashAttribute("message", "已将 " + done.tasks() + " 条巡访任务分派给 " + done.workerName());
    } catch (ProblemException refused) {
      flash.addFlashAttribute("problem", refused.getMessage());
    }
    return "redirect:/monitoring/visits";
  }

  @PostMapping("/monitoring/visits/generate")
  String generate(RedirectAttributes flash) {
    access.requireCaseStaff();
    flash.addFlashAttribute("message", "已生成巡访任务 " + visits.generateTasks(scope.current()) + " 条");
    return "redirect:/monitoring/visits";
  }
}
