package cn.minzheng.socialwork.web;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.Rejected;
import cn.minzheng.socialwork.opendays.OpenDays;
import cn.minzheng.socialwork.opendays.OpenDays.OpenDay;
import cn.minzheng.socialwork.opendays.OpenDays.Registration;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 开放日 for staff: the open days of the caller's region with places and visitors per open day, a new
 * open day, and one open day's registrations where attendance is marked.
 */
@Controller
class OpenDayPages {

  private final OpenDays openDays;
  private final DataScope scope;
  private final SocialWorkAccess access;

  OpenDayPages(OpenDays openDays, DataScope scope, SocialWorkAccess access) {
    this.openDays = openDays;
    this.scope = scope;
    this.access = access;
  }

  @GetMapping("/socialwork/open-days")
  String list(
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    StaffUser user = access.require(SocialWorkAccess.OPEN_DAY_READ);
    PageQuery query =
        PageQuery.of(page, size, sort, dir == null ? "desc" : dir, OpenDays.SORTS, "held_on");
    model.addAttribute("page", openDays.list(scope.current(), query));
    model.addAttribute("canEdit", SocialWorkAccess.OPEN_DAY.stream().anyMatch(user::has));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("开放日")));
    return "socialwork/open-days";
  }

  @PostMapping("/socialwork/open-days")
  String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    StaffUser user = access.require(SocialWorkAccess.OPEN_DAY);
    try {
      long id =
          openDays.create(
              user.regionCode(),
              form.get("title"),
              form.get("place"),
              form.get("description"),
              form.get("heldOn"),
              form.get("startsAt"),
              form.get("endsAt"),
              form.get("capacity"),
              form.get("registrationOpens"),
              form.get("registrationCloses"),
              user.username());
      redirect.addFlashAttribute("message", "已发布开放日");
      return "redirect:/socialwork/open-days/" + id;
    } catch (Rejected e) {
      model.addAttribute("errors", e.fields());
      model.addAttribute("form", form);
      return list(null, null, null, null, model);
    }
  }

  @GetMapping("/socialwork/open-days/{id}")
  String detail(@PathVariable long id, Model model) {
    StaffUser user = access.require(SocialWorkAccess.OPEN_DAY);
    OpenDay day = visible(id);
    model.addAttribute("day", day);
    model.addAttribute("registrations", openDays.registrations(id));
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("canEdit", SocialWorkAccess.OPEN_DAY.stream().anyMatch(user::has));
    model.addAttribute(
        "breadcrumbs",
        List.of(Breadcrumb.link("开放日", "/socialwork/open-days"), Breadcrumb.here(day.title())));
    return "socialwork/open-day";
  }

  @PostMapping("/socialwork/open-days/{id}/registrations/{registrationId}/attendance")
  String attendance(
      @PathVariable long id,
      @PathVariable long registrationId,
      @RequestParam(required = false) String attended,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = access.require(SocialWorkAccess.OPEN_DAY);
    visible(id);
    Registration r =
        openDays
            .registration(registrationId)
            .filter(x -> x.openDayId() == id)
            .orElseThrow(() -> new RecordNotFoundException("registration"));
    try {
      openDays.markAttendance(r.id(), "true".equals(attended), user.username());
      redirect.addFlashAttribute("message", "true".equals(attended) ? "已登记到场" : "已登记未到场");
      return "redirect:/socialwork/open-days/" + id;
    } catch (Rejected e) {
      model.addAttribute("error", e.fields().values().iterator().next());
      return detail(id, model);
    }
  }

  private OpenDay visible(long id) {
    OpenDay day = openDays.find(id).orElseThrow(() -> new RecordNotFoundException("open day"));
    scope.requireInScope(day.regionCode());
    return day;
  }
}
