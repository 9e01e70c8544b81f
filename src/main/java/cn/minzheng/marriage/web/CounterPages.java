package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.counter.CounterService;
import cn.minzheng.marriage.domain.counter.MarriageRegistration;
import cn.minzheng.marriage.domain.counter.Registration;
import cn.minzheng.marriage.domain.offices.Office;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The counter clerk's pages: the day's bookings of an office, check-in, no-show, registration. */
@Controller
class CounterPages {

  private final CounterService counter;
  private final MarriageRegistration registration;
  private final CurrentUser currentUser;

  CounterPages(CounterService counter, MarriageRegistration registration, CurrentUser currentUser) {
    this.counter = counter;
    this.registration = registration;
    this.currentUser = currentUser;
  }

  @GetMapping("/marriage/counter")
  String day(
      @RequestParam(required = false) Long office,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      Model model) {
    requireClerk();
    List<Office> offices = counter.myOffices();
    LocalDate shown = day == null ? ChinaTime.today() : day;
    Long selected = office != null ? office : offices.isEmpty() ? null : offices.get(0).id();
    model.addAttribute("offices", offices);
    model.addAttribute("office", selected);
    model.addAttribute("day", shown);
    model.addAttribute("appointments", selected == null ? List.of() : counter.day(selected, shown));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("婚姻登记"), Breadcrumb.here("当日预约")));
    return "marriage/counter-day";
  }

  @PostMapping("/marriage/counter/{id}/check-in")
  String checkIn(@PathVariable long id, RedirectAttributes redirect) {
    requireClerk();
    return act(id, redirect, () -> counter.checkIn(id), "已签到");
  }

  @PostMapping("/marriage/counter/{id}/no-show")
  String noShow(@PathVariable long id, RedirectAttributes redirect) {
    requireClerk();
    return act(id, redirect, () -> counter.markNoShow(id), "已标记未到场");
  }

  /** The office cancels a booking (a reason is required; the parties get a message). */
  @PostMapping("/marriage/counter/{id}/cancel")
  String cancel(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    requireClerk();
    return act(id, redirect, () -> counter.cancelByOffice(id, reason), "已取消预约并通知当事人");
  }

  @GetMapping("/marriage/counter/{id}/register")
  String registerForm(@PathVariable long id, Model model) {
    requireClerk();
    model.addAttribute("appointment", counter.appointment(id));
    model.addAttribute(
        "breadcrumbs",
        List.of(Breadcrumb.link("当日预约", "/marriage/counter"), Breadcrumb.here("结婚登记")));
    return "marriage/counter-register";
  }

  @PostMapping("/marriage/counter/{id}/register")
  String register(
      @PathVariable long id,
      @RequestParam(required = false) String firstIdNumber,
      @RequestParam(required = false) String secondIdNumber,
      Model model) {
    requireClerk();
    Appointment a = counter.appointment(id);
    model.addAttribute("appointment", a);
    model.addAttribute(
        "breadcrumbs",
        List.of(Breadcrumb.link("当日预约", "/marriage/counter"), Breadcrumb.here("结婚登记")));
    try {
      Registration r = registration.register(id, firstIdNumber, secondIdNumber, ChinaTime.today());
      model.addAttribute("registration", r);
    } catch (BookingRejectedException e) {
      model.addAttribute("error", e.getMessage());
    }
    return "marriage/counter-register";
  }

  private String act(long id, RedirectAttributes redirect, Runnable action, String done) {
    Appointment a = counter.appointment(id);
    try {
      action.run();
      redirect.addFlashAttribute("message", done);
    } catch (BookingRejectedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/marriage/counter?office=" + a.officeId() + "&day=" + a.day();
  }

  private void requireClerk() {
    boolean clerk =
        currentUser
            .staff()
            .filter(u -> u.roles().stream().anyMatch(MarriageMenu.CLERK_ROLES::contains))
            .isPresent();
    if (!clerk) {
      throw new AccessDeniedException("marriage clerks only");
    }
  }
}
