package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.booking.SlotBoard;
import cn.minzheng.marriage.domain.booking.SlotBoard.DayOffer;
import cn.minzheng.marriage.domain.offices.Office;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.RecordNotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Choosing a day and a slot of an office. The page works without script (each day is a link); with
 * htmx a day's slots come as a small fragment without reloading the page.
 */
@Controller
class PortalSlotPages {

  private final Offices offices;
  private final SlotBoard board;

  PortalSlotPages(Offices offices, SlotBoard board) {
    this.offices = offices;
    this.board = board;
  }

  @GetMapping("/portal/marriage/offices/{id}")
  String office(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      Model model) {
    fill(model, activeOffice(id), day);
    return "marriage/portal-slots";
  }

  private void fill(Model model, Office office, LocalDate day) {
    List<DayOffer> days = board.days(office.id());
    LocalDate shown = day != null ? day : firstWithSeats(days);
    model.addAttribute("office", office);
    model.addAttribute("directions", OfficeDirections.link(office));
    model.addAttribute("days", days);
    model.addAttribute("day", shown);
    model.addAttribute("slots", shown == null ? List.of() : board.slots(office.id(), shown));
    model.addAttribute("peakName", peakName(days, shown));
  }

  /** htmx fragment: the day strip with {@code day} chosen and that day's slots. */
  @GetMapping("/portal/marriage/offices/{id}/slots")
  String slots(
      @PathVariable long id,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      Model model) {
    fill(model, activeOffice(id), day);
    return "marriage/portal-slot-fragments :: board";
  }

  private Office activeOffice(long id) {
    return offices
        .find(id)
        .filter(Office::active)
        .orElseThrow(() -> new RecordNotFoundException("office"));
  }

  private static LocalDate firstWithSeats(List<DayOffer> days) {
    return days.stream()
        .filter(d -> d.free() > 0)
        .map(DayOffer::day)
        .findFirst()
        .orElse(days.isEmpty() ? null : days.get(0).day());
  }

  private static String peakName(List<DayOffer> days, LocalDate day) {
    return days.stream()
        .filter(d -> d.day().equals(day))
        .findFirst()
        .flatMap(DayOffer::peakName)
        .orElse(null);
  }
}
