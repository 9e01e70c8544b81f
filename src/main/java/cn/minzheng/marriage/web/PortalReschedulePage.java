package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.booking.SlotBoard;
import cn.minzheng.marriage.domain.booking.SlotBoard.DayOffer;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 改约: a citizen moves an own booking to another free slot of the same office, day by day. */
@Controller
class PortalReschedulePage {

  private final BookingService bookings;
  private final SlotBoard board;
  private final BookingRateLimiter limiter;

  PortalReschedulePage(BookingService bookings, SlotBoard board, BookingRateLimiter limiter) {
    this.bookings = bookings;
    this.board = board;
    this.limiter = limiter;
  }

  /**
   * Days first, then the chosen day's times: the days of the coming two weeks with free seats and
   * their counts (one grouped query of the booking engine), and only the chosen day's slots. Two
   * weeks of slots in one list ran to 6,000 px on a phone.
   */
  @GetMapping("/portal/marriage/my/{id}/reschedule")
  String choose(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate day,
      Model model) {
    Appointment a = bookings.findOwn(citizen().accountId(), id);
    List<DayOffer> days = board.days(a.officeId()).stream().filter(d -> d.free() > 0).toList();
    LocalDate chosen =
        days.stream()
            .map(DayOffer::day)
            .filter(d -> d.equals(day))
            .findFirst()
            .orElse(days.isEmpty() ? null : days.get(0).day());
    model.addAttribute("appointment", a);
    model.addAttribute("days", days);
    model.addAttribute("day", chosen);
    model.addAttribute(
        "slots",
        chosen == null
            ? List.of()
            : board.slots(a.officeId(), chosen).stream()
                .filter(s -> s.free() > 0 && s.id() != a.slotId())
                .toList());
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
