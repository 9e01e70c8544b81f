package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.booking.Slot;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.shared.ChinaTime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 改约: a citizen moves an own booking to another free slot of the same office. */
@Controller
class PortalReschedulePage {

  private final BookingService bookings;
  private final BookingRateLimiter limiter;

  PortalReschedulePage(BookingService bookings, BookingRateLimiter limiter) {
    this.bookings = bookings;
    this.limiter = limiter;
  }

  @GetMapping("/portal/marriage/my/{id}/reschedule")
  String choose(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate day,
      Model model) {
    Appointment a = bookings.findOwn(citizen().accountId(), id);
    LocalDate from = ChinaTime.today().plusDays(1);
    List<Slot> free =
        bookings
            .slots(
                a.officeId(),
                from,
                from.plusDays(cn.minzheng.marriage.domain.booking.SlotBoard.DAYS_SHOWN - 1L))
            .stream()
            .filter(s -> s.free() > 0 && s.id() != a.slotId())
            .toList();
    // Days first, then the chosen day's times: two weeks of slots in one list ran to 6,000 px.
    Map<LocalDate, Integer> days = new TreeMap<>();
    free.forEach(s -> days.merge(s.day(), s.free(), Integer::sum));
    LocalDate chosen =
        day != null && days.containsKey(day)
            ? day
            : days.keySet().stream().findFirst().orElse(null);
    model.addAttribute("appointment", a);
    model.addAttribute("days", days);
    model.addAttribute("day", chosen);
    model.addAttribute("slots", free.stream().filter(s -> s.day().equals(chosen)).toList());
    return "marriage/portal-reschedule";
  }

  @PostMapping("/portal/marriage/my/{id}/reschedule")
  String move(
      @PathVariable long id,
      @RequestParam long slot,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Citizen citizen = citizen();
    if (!limiter.tryAcquire(citizen.accountId(), request.getRemoteAddr())) {
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(limiter.retryAfterSeconds()));
      model.addAttribute("retryAfter", limiter.retryAfterSeconds());
      return "marriage/portal-busy";
    }
    try {
      bookings.rescheduleByCitizen(citizen.accountId(), id, slot);
      return "redirect:/portal/marriage/my?rescheduled";
    } catch (BookingRejectedException e) {
      return "redirect:/portal/marriage/my?notRescheduled";
    }
  }

  private static Citizen citizen() {
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof CitizenAuthentication auth) {
      return auth.citizen();
    }
    throw new IllegalStateException("no citizen signed in");
  }
}
