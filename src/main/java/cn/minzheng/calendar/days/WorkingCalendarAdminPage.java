package cn.minzheng.calendar.days;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.MenuItem;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 工作日历: the city administrators keep the holidays and 调休 days of each year. */
@Controller
class WorkingCalendarAdminPage {

  static final Set<Role> KEEPERS = EnumSet.of(Role.CITY_ADMIN, Role.SYSTEM_ADMIN);
  private static final String PATH = "/admin/calendar";

  private final CalendarDays days;
  private final CurrentUser currentUser;

  WorkingCalendarAdminPage(CalendarDays days, CurrentUser currentUser) {
    this.days = days;
    this.currentUser = currentUser;
  }

  @Bean
  static MenuItem workingCalendarMenu() {
    return new MenuItem("系统管理", 920, "工作日历", PATH, 10, KEEPERS);
  }

  @GetMapping(PATH)
  String show(@RequestParam(required = false) Integer year, Model model) {
    keeper();
    int shown = year == null ? ChinaTime.today().getYear() : year;
    model.addAttribute("year", shown);
    model.addAttribute("days", days.ofYear(shown));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("系统管理"), Breadcrumb.here("工作日历")));
    return "calendar/working-calendar";
  }

  @PostMapping(PATH)
  String list(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "false") boolean working,
      RedirectAttributes redirect) {
    StaffUser keeper = keeper();
    try {
      days.list(day, name, working, keeper.username());
      redirect.addFlashAttribute("message", "已保存：" + day + " " + (working ? "调休上班" : "放假"));
    } catch (CalendarRuleViolation e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + (day == null ? "" : "?year=" + day.getYear());
  }

  @PostMapping(PATH + "/remove")
  String remove(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      RedirectAttributes redirect) {
    keeper();
    redirect.addFlashAttribute(
        "message", days.remove(day) ? "已删除：" + day + "（按普通日期计算）" : "该日期未列入日历：" + day);
    return "redirect:" + PATH + "?year=" + day.getYear();
  }

  private StaffUser keeper() {
    return currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(KEEPERS::contains))
        .orElseThrow(() -> new AccessDeniedException("calendar keepers only"));
  }
}
