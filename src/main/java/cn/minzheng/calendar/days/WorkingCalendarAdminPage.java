package cn.minzheng.calendar.days;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.MenuItem;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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

  /**
   * The month grid of {@code month} (年-月; default the current month; {@code year} alone, as older
   * links say it, opens that year's January, or the current month in the current year), the year's
   * listed days under it, and the form filled in for {@code day} when a day of the grid was chosen.
   */
  @GetMapping(PATH)
  String show(
      @RequestParam(required = false) @Nullable String month,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String day,
      Model model) {
    keeper();
    LocalDate today = ChinaTime.today();
    YearMonth shown = shownMonth(month, year, today, model);
    List<CalendarDay> ofYear = days.ofYear(shown.getYear());
    model.addAttribute("year", shown.getYear());
    model.addAttribute("days", ofYear);
    model.addAttribute(
        "grid",
        MonthGrid.of(
            shown,
            days.between(shown.atDay(1).minusDays(6), shown.atEndOfMonth().plusDays(6)),
            today));
    model.addAttribute("thisMonth", YearMonth.from(today));
    LocalDate chosen = parseDay(day);
    model.addAttribute("chosenDay", chosen);
    model.addAttribute(
        "chosen",
        chosen == null ? null : days.between(chosen, chosen).stream().findFirst().orElse(null));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("系统管理"), Breadcrumb.here("工作日历")));
    return "calendar/working-calendar";
  }

  private static YearMonth shownMonth(
      @Nullable String month, @Nullable Integer year, LocalDate today, Model model) {
    if (month != null && !month.isBlank()) {
      try {
        YearMonth parsed = YearMonth.parse(month.strip());
        if (parsed.getYear() >= 1949 && parsed.getYear() <= 2999) {
          return parsed;
        }
      } catch (DateTimeParseException e) {
        // answered below, next to the month field
      }
      model.addAttribute("monthError", "月份：请按 年-月 填写，如 " + YearMonth.from(today));
    }
    if (year != null && year >= 1949 && year <= 2999 && year != today.getYear()) {
      return YearMonth.of(year, 1);
    }
    return YearMonth.from(today);
  }

  private static @Nullable LocalDate parseDay(@Nullable String day) {
    try {
      return day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
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
    return "redirect:" + PATH + (day == null ? "" : "?month=" + YearMonth.from(day));
  }

  @PostMapping(PATH + "/remove")
  String remove(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      RedirectAttributes redirect) {
    keeper();
    redirect.addFlashAttribute(
        "message", days.remove(day) ? "已删除：" + day + "（按普通日期计算）" : "该日期未列入日历：" + day);
    return "redirect:" + PATH + "?month=" + YearMonth.from(day);
  }

  private StaffUser keeper() {
    return currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(KEEPERS::contains))
        .orElseThrow(() -> new AccessDeniedException("calendar keepers only"));
  }
}
