package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.booking.OwnIdNumbers;
import cn.minzheng.marriage.domain.booking.Slot;
import cn.minzheng.marriage.domain.booking.SlotBoard;
import cn.minzheng.marriage.domain.offices.Office;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.shared.IdCardNo;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 婚姻登记预约 in the citizens' portal: offices, the booking form, the booking's confirmation, my
 * bookings, cancel. Light pages (server-rendered, the QR code inline) so that they stay usable at
 * the opening minute of a peak day. The citizen's own ID number is never typed: the form shows it
 * masked from the account and carries it sealed ({@link OwnIdNumbers}); only the partner's is
 * typed, and a refused form comes back with all that was chosen and typed and the error at its
 * field.
 */
@Controller
class PortalMarriagePages {

  /** The booking's fields by the names of the form's controls. */
  private static final Map<String, String> FORM_FIELDS =
      Map.of(
          "slotId", "slot",
          "secondIdNumber", "partnerIdNumber",
          "firstIdNumber", "own",
          "ownIdNumber", "own");

  private final Offices offices;
  private final BookingService bookings;
  private final BookingRateLimiter limiter;
  private final SlotBoard board;
  private final OwnIdNumbers ownIds;

  PortalMarriagePages(
      Offices offices,
      BookingService bookings,
      BookingRateLimiter limiter,
      SlotBoard board,
      OwnIdNumbers ownIds) {
    this.offices = offices;
    this.bookings = bookings;
    this.limiter = limiter;
    this.board = board;
    this.ownIds = ownIds;
  }

  @GetMapping("/portal/marriage")
  String offices(Model model) {
    model.addAttribute("offices", offices.all());
    return "marriage/portal-offices";
  }

  @GetMapping("/portal/marriage/book")
  String bookForm(@RequestParam long slot, Model model) {
    Slot chosen = board.slot(slot).orElseThrow(() -> new RecordNotFoundException("slot"));
    Citizen citizen = citizen();
    Optional<IdCardNo> own = ownIds.of(citizen.personId());
    form(model, citizen, own, Optional.of(chosen), slot, AppointmentType.MARRIAGE, null);
    if (own.isEmpty()) {
      model.addAttribute("errors", Map.of("own", "未能读取本人身份证号，请到登记处现场办理"));
    }
    return "marriage/portal-book";
  }

  @PostMapping("/portal/marriage/book")
  String book(
      @RequestParam long slot,
      @RequestParam(defaultValue = "MARRIAGE") AppointmentType type,
      @RequestParam(required = false) @Nullable String ownSealed,
      @RequestParam(required = false) @Nullable String partnerIdNumber,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Citizen citizen = citizen();
    if (!limiter.tryAcquire(citizen.accountId(), request.getRemoteAddr())) {
      return tooMany(response, model);
    }
    IdCardNo own = null;
    try {
      own = ownIds.resolve(citizen.personId(), ownSealed);
      Appointment booked =
          bookings.book(
              BookingRequest.byCitizen(
                  slot,
                  type,
                  own.value(),
                  partnerIdNumber,
                  citizen.accountId(),
                  citizen.personId()));
      return "redirect:/portal/marriage/my/" + booked.id() + "?booked";
    } catch (BookingRejectedException e) {
      // the form again with what was chosen and typed, the slots as they are now
      form(model, citizen, Optional.ofNullable(own), board.slot(slot), slot, type, partnerIdNumber);
      String field = e.field() == null ? null : FORM_FIELDS.get(e.field());
      if (field == null) {
        model.addAttribute("error", e.getMessage());
      } else {
        model.addAttribute("errors", Map.of(field, e.getMessage()));
      }
      response.setStatus(422);
      return "marriage/portal-book";
    }
  }

  /**
   * The form: the chosen office and day with that day's slots to choose from (so a full slot is
   * changed here, without typing again), the type, the own number masked, the partner's as typed.
   */
  private void form(
      Model model,
      Citizen citizen,
      Optional<IdCardNo> own,
      Optional<Slot> chosen,
      long slotId,
      AppointmentType type,
      @Nullable String partnerIdNumber) {
    model.addAttribute("slotId", slotId);
    model.addAttribute("types", AppointmentType.values());
    model.addAttribute("type", type);
    model.addAttribute("partnerIdNumber", partnerIdNumber);
    own.ifPresent(
        id -> {
          model.addAttribute("ownMasked", id.masked());
          model.addAttribute("ownSealed", ownIds.seal(citizen.personId(), id));
        });
    chosen.ifPresent(
        s -> {
          model.addAttribute("office", offices.find(s.officeId()).orElse(null));
          model.addAttribute("day", s.day());
          List<Slot> ofDay = board.slots(s.officeId(), s.day());
          model.addAttribute("slots", ofDay);
        });
  }

  /**
   * The confirmation of a booking (and its page later on): the code as text and QR code, the way.
   */
  @GetMapping("/portal/marriage/my/{id}")
  String booking(@PathVariable long id, Model model) {
    Appointment a = bookings.findOwn(citizen().accountId(), id);
    Office office =
        offices.find(a.officeId()).orElseThrow(() -> new RecordNotFoundException("office"));
    model.addAttribute("appointment", a);
    model.addAttribute("office", office);
    model.addAttribute("qrCode", BookingQrCode.dataUri(a.code()));
    model.addAttribute("directions", OfficeDirections.link(office));
    return "marriage/portal-booking";
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
