package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.closures.DayClosures;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.marriage.domain.offices.PeakDays;
import cn.minzheng.marriage.domain.offices.SlotGenerator;
import cn.minzheng.marriage.domain.replanning.DayRegeneration;
import cn.minzheng.marriage.domain.replanning.DayRegeneration.StaleDay;
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
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Collectors;
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
  private final DayRegeneration regeneration;

  CalendarAdminPage(
      Offices offices,
      PeakDays peakDays,
      SlotGenerator generator,
      CurrentUser currentUser,
      AuditLog audit,
      DayClosures closures,
      DayRegeneration regeneration) {
    this.closures = closures;
    this.regeneration = regeneration;
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
    SortedMap<LocalDate, String> peaks = peakDays.inYears(today.getYear(), today.getYear() + 1);
    model.addAttribute("peakDays", peaks);
    // peak days ahead whose slots were made before they were marked: warned, with the offer to
    // re-plan
    model.addAttribute(
        "stale",
        regeneration.staleAmong(peaks.tailMap(today).keySet()).stream()
            .collect(Collectors.toMap(StaleDay::day, Function.identity())));
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
    if (name.isBlank()) {
      redirect.addFlashAttribute("error", "名称：不能为空");
      return "redirect:/marriage/admin/calendar";
    }
    peakDays.mark(day, name.strip());
    audit.record(AuditEvent.success("marriage.peakday.mark", "peak_day", day.toString(), null));
    redirect.addFlashAttribute("message", "已标记高峰日 " + day);
    regeneration.staleAmong(List.of(day)).stream()
        .findFirst()
        .ifPresent(
            stale -> {
              // flash attributes live in the session: plain values only
              redirect.addFlashAttribute("staleDay", stale.day().toString());
              redirect.addFlashAttribute("staleSlots", stale.slots());
              redirect.addFlashAttribute("staleBooked", stale.booked());
            });
    return "redirect:/marriage/admin/calendar";
  }

  /**
   * Re-plans a day's slots by its rule now (after it became a peak day): free slots follow the
   * peak-day template, bookings keep their slots and seats.
   */
  @PostMapping("/marriage/admin/calendar/regenerate")
  String regenerate(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      RedirectAttributes redirect) {
    requireAdmin();
    try {
      DayRegeneration.Outcome o = regeneration.regenerate(day, null);
      redirect.addFlashAttribute(
          "message",
          "已按规则重新生成 "
              + day
              + " 的时段："
              + o.offices()
              + " 个登记处，新开 "
              + o.opened()
              + " 个、调整 "
              + o.replanned()
              + " 个、删除未预约的 "
              + o.removed()
              + " 个；已预约的 "
              + o.keptBookings()
              + " 人次全部保留原时段和名额");
    } catch (BookingRejectedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
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
