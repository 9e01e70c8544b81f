package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 婚姻登记预约 in the citizens' portal: offices, free slots, book, my bookings, cancel. Light pages
 * (server-rendered, no images) so that they stay usable at the opening minute of a peak day.
 */
@Controller
class PortalMarriagePages {

  private final Offices offices;
  private final BookingService bookings;
  private final BookingRateLimiter limiter;

  PortalMarriagePages(Offices offices, BookingService bookings, BookingRateLimiter limiter) {
    this.offices = offices;
    this.bookings = bookings;
    this.limiter = limiter;
  }

  @GetMapping("/portal/marriage")
  String offices(Model model) {
    model.addAttribute("offices", offices.all());
    return "marriage/portal-offices";
  }

  @GetMapping("/portal/marriage/book")
  String bookForm(@RequestParam long slot, Model model) {
    model.addAttribute("slotId", slot);
    model.addAttribute("types", AppointmentType.values());
    return "marriage/portal-book";
  }

  @PostMapping("/portal/marriage/book")
  String book(
      @RequestParam long slot,
      @RequestParam(defaultValue = "MARRIAGE") AppointmentType type,
      @RequestParam(required = false) String ownIdNumber,
      @RequestParam(required = false) String partnerIdNumber,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Citizen citizen = citizen();
    if (!limiter.tryAcquire(citizen.accountId(), request.getRemoteAddr())) {
      return tooMany(response, model);
    }
    model.addAttribute("slotId", slot);
    model.addAttribute("types", AppointmentType.values());
    model.addAttribute("type", type);
    try {
      var booked =
          bookings.book(
              BookingRequest.byCitizen(
                  slot,
                  type,
                  ownIdNumber,
                  partnerIdNumber,
                  citizen.accountId(),
                  citizen.personId()));
      return "redirect:/portal/marriage/my?booked=" + booked.id();
    } catch (BookingRejectedException e) {
      model.addAttribute("error", e.getMessage());
      response.setStatus(422);
      return "marriage/portal-book";
    }
  }

  @GetMapping("/portal/marriage/my")
  String mine(Model model) {
    Citizen citizen = citizen();
    model.addAttribute("appointments", bookings.ofAccount(citizen.accountId()));
    model.addAttribute(
        "partyOf", bookings.ofPartyBookedByOthers(citizen.personId(), citizen.accountId()));
    return "marriage/portal-my";
  }

  @PostMapping("/portal/marriage/my/{id}/cancel")
  String cancel(
      @PathVariable long id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Citizen citizen = citizen();
    if (!limiter.tryAcquire(citizen.accountId(), request.getRemoteAddr())) {
      return tooMany(response, model);
    }
    try {
      bookings.cancelByCitizen(citizen.accountId(), id);
      return "redirect:/portal/marriage/my?cancelled";
    } catch (BookingRejectedException e) {
      return "redirect:/portal/marriage/my?notCancelled";
    }
  }

  private String tooMany(HttpServletResponse response, Model model) {
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(limiter.retryAfterSeconds()));
    model.addAttribute("retryAfter", limiter.retryAfterSeconds());
    return "marriage/portal-busy";
  }

  private static Citizen citizen() {
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof CitizenAuthentication auth) {
      return auth.citizen();
    }
    throw new IllegalStateException("no citizen signed in");
  }
}
