package cn.minzheng.monitoring.web;

import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 巡访关爱: open visit tasks in scope (overdue in red), recording a visit, counts by month. */
@Controller
class VisitPages {

  private final VisitRecords visits;
  private final DataScope scope;
  private final RegionHierarchy regions;
  private final MonitoringAccess access;

  VisitPages(
      VisitRecords visits, DataScope scope, RegionHierarchy regions, MonitoringAccess access) {
    this.visits = visits;
    this.scope = scope;
    this.regions = regions;
    this.access = access;
  }

  @GetMapping("/monitoring/visits")
  String list(Model model) {
    access.requireCaseStaff();
    model.addAttribute("tasks", visits.openTasks(scope.current(), 300));
    model.addAttribute("months", visits.countsByMonth(scope.current()));
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("regions", regions);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("动态监测"), Breadcrumb.here("巡访关爱")));
    return "monitoring/visits";
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

  @PostMapping("/monitoring/visits/generate")
  String generate(RedirectAttributes flash) {
    access.requireCaseStaff();
    flash.addFlashAttribute("message", "已生成巡访任务 " + visits.generateTasks(scope.current()) + " 条");
    return "redirect:/monitoring/visits";
  }
}
