package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.closures.DayClosures;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.marriage.domain.offices.PeakDays;
import cn.minzheng.marriage.domain.offices.SlotGenerator;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 登记日历: the city-wide holiday calendar and administrator-marked peak days, and slot generation on
 * demand (idempotent, as the nightly job).
 */
@Controller
class CalendarAdminPage {

  static final Set<Role> CALENDAR_ROLES = EnumSet.of(Role.CITY_ADMIN, Role.SYSTEM_ADMIN);

  private final Offices offices;
  private final PeakDays peakDays;
  private final SlotGenerator generator;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final DayClosures closures;

  CalendarAdminPage(
      Offices offices,
      PeakDays peakDays,
      SlotGenerator generator,
      CurrentUser currentUser,
      AuditLog audit,
      DayClosures closures) {
    this.closures = closures;
    this.offices = offices;
    this.peakDays = peakDays;
    this.generator = generator;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  @GetMapping("/marriage/admin/calendar")
  String show(Model model) {
    requireAdmin();
    LocalDate today = ChinaTime.today();
    model.addAttribute("holidays", offices.holidays(today));
    model.addAttribute("peakDays", peakDays.inYears(today.getYear(), today.getYear() + 1));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("婚姻登记"), Breadcrumb.here("登记日历")));
    return "marriage/admin-calendar";
  }

  @PostMapping("/marriage/admin/calendar/holidays")
  String holiday(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam String name,
      RedirectAttributes redirect) {
    requireAdmin();
    if (name.isBlank()) {
      redirect.addFlashAttribute("error", "名称：不能为空");
      return "redirect:/marriage/admin/calendar";
    }
    try {
      DayClosures.Outcome o = closures.closeCity(day, name.strip());
      redirect.addFlashAttribute(
          "message",
          "已添加休息日 "
              + day
              + "：删除未预约时段 "
              + o.removedSlots()
              + " 个，取消预约 "
              + o.cancelledBookings()
              + " 个并已通知当事人");
    } catch (BookingRejectedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/marriage/admin/calendar";
  }

  @PostMapping("/marriage/admin/calendar/peak-days")
  String peakDay(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam String name,
      RedirectAttributes redirect) {
    requireAdmin();
    peakDays.mark(day, name.strip());
    audit.record(AuditEvent.success("marriage.peakday.mark", "peak_day", day.toString(), null));
    redirect.addFlashAttribute("message", "已标记高峰日 " + day);
    return "redirect:/marriage/admin/calendar";
  }

  @PostMapping("/marriage/admin/calendar/generate")
  String generate(@RequestParam(defaultValue = "4") int weeks, RedirectAttributes redirect) {
    requireAdmin();
    int created =
        generator.generate(ChinaTime.today().plusDays(1), Math.max(1, Math.min(weeks, 12)));
    redirect.addFlashAttribute("message", "已生成 " + created + " 个新时段");
    return "redirect:/marriage/admin/calendar";
  }

  private void requireAdmin() {
    if (currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(CALENDAR_ROLES::contains))
        .isEmpty()) {
      throw new AccessDeniedException("calendar administrators only");
    }
  }
}
