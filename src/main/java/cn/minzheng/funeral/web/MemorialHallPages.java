package cn.minzheng.funeral.web;

import cn.minzheng.booking.Slot;
import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.funeral.halls.HallKind;
import cn.minzheng.funeral.halls.MemorialHalls;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.DateField;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate.Span;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 告别厅预约: the memorial halls of the caller's district (or the city), their farewell slots for a week
 * and the ceremonies booked. Slots and seats are the booking engine's.
 */
@Controller
class MemorialHallPages {

  private final MemorialHalls halls;
  private final Facilities facilities;
  private final FuneralAccess access;
  private final DataScope scope;

  MemorialHallPages(
      MemorialHalls halls, Facilities facilities, FuneralAccess access, DataScope scope) {
    this.halls = halls;
    this.facilities = facilities;
    this.access = access;
    this.scope = scope;
  }

  @GetMapping("/funeral/halls")
  String show(
      @RequestParam(required = false) String hallId,
      @RequestParam(required = false) String day,
      Model model) {
    access.require(FuneralAccess.HALLS);
    var list = halls.list(scope.current());
    model.addAttribute("halls", list);
    LocalDate from = shownFrom(day, model);
    var selected =
        list.stream()
            .filter(h -> String.valueOf(h.id()).equals(hallId))
            .findFirst()
            .or(() -> list.stream().findFirst());
    model.addAttribute("selected", selected.orElse(null));
    model.addAttribute("from", from);
    List<Slot> slots =
        selected.map(h -> halls.slots(h.id(), from, from.plusDays(6))).orElse(List.of());
    model.addAttribute("slots", slots);
    model.addAttribute(
        "freeSlots",
        slots.stream()
            .filter(s -> s.free() > 0)
            .map(s -> new SlotOption(s.id(), s.day() + " " + s.start() + "-" + s.end()))
            .toList());
    model.addAttribute(
        "ceremonies", selected.map(h -> halls.ceremonies(h.id(), from)).orElse(List.of()));
    model.addAttribute("admin", access.has(FuneralAccess.ADMIN));
    model.addAttribute("facilities", facilities.list(scope.current()));
    model.addAttribute("kinds", HallKind.values());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("殡葬管理"), Breadcrumb.here("告别厅预约")));
    return "funeral/halls";
  }

  @PostMapping("/funeral/halls")
  String add(
      @RequestParam(required = false) String facilityId,
      @RequestParam(required = false) String hallName,
      @RequestParam(required = false) String kind,
      RedirectAttributes redirect) {
    StaffUser user = access.require(FuneralAccess.ADMIN);
    try {
      long facility = id(facilityId, "facilityId", "殡仪馆");
      facilities
          .find(facility)
          .filter(f -> scope.permits(f.regionCode()))
          .orElseThrow(() -> new InvalidInput("facilityId", "殡仪馆：请选择"));
      long id =
          halls.add(
              facility,
              hallName,
              FuneralConfigPages.parse(HallKind.class, kind, "kind", "类型"),
              user.username());
      redirect.addFlashAttribute("message", "已添加告别厅：" + hallName);
      return "redirect:/funeral/halls?hallId=" + id;
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:/funeral/halls";
    }
  }

  @PostMapping("/funeral/halls/{id}/slots")
  String open(
      @PathVariable long id,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      RedirectAttributes redirect) {
    access.require(FuneralAccess.HALLS);
    hall(id);
    try {
      int n =
          halls.openDays(
              id,
              DateField.required("from", "开放起始日期", from, Span.NEAR),
              DateField.required("to", "开放截止日期", to, Span.NEAR));
      redirect.addFlashAttribute("message", "已开放 " + n + " 个时段");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/funeral/halls?hallId=" + id;
  }

  @PostMapping("/funeral/halls/{id}/ceremonies")
  String book(
      @PathVariable long id,
      @RequestParam(required = false) String slotId,
      @RequestParam(required = false) String deceasedName,
      @RequestParam(required = false) String familyContact,
      RedirectAttributes redirect) {
    StaffUser user = access.require(FuneralAccess.HALLS);
    hall(id);
    try {
      halls.book(id, id(slotId, "slotId", "时段"), deceasedName, familyContact, user.username());
      redirect.addFlashAttribute("message", "已预约告别仪式：" + deceasedName);
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/funeral/halls?hallId=" + id;
  }

  @PostMapping("/funeral/halls/ceremonies/{id}/cancel")
  String cancel(@PathVariable long id, RedirectAttributes redirect) {
    access.require(FuneralAccess.HALLS);
    var ceremony = halls.ceremony(id).orElseThrow(() -> new RecordNotFoundException("ceremony"));
    hall(ceremony.hallId());
    halls.cancel(id);
    redirect.addFlashAttribute("message", "已取消告别仪式，时段已释放");
    return "redirect:/funeral/halls?hallId=" + ceremony.hallId();
  }

  /** A free slot as the booking form offers it. */
  record SlotOption(long id, String label) {}

  private MemorialHalls.Hall hall(long id) {
    return halls
        .find(id)
        .filter(h -> scope.permits(h.regionCode()))
        .orElseThrow(() -> new RecordNotFoundException("hall " + id));
  }

  private static long id(String text, String field, String label) {
    try {
      return Long.parseLong(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, label + "：请选择");
    }
  }

  /** The first day shown: the chosen one, or today when none (or an implausible one) is chosen. */
  private static LocalDate shownFrom(@Nullable String day, Model model) {
    try {
      LocalDate chosen = DateField.optional("day", "日期", day, Span.ANY);
      return chosen == null ? ChinaTime.today() : chosen;
    } catch (InvalidInput e) {
      model.addAttribute("error", e.getMessage());
      return ChinaTime.today();
    }
  }
}
