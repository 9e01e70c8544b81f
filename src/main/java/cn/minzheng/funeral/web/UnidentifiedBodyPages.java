package cn.minzheng.funeral.web;

import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.funeral.config.FacilityKind;
import cn.minzheng.funeral.unidentified.BodyState;
import cn.minzheng.funeral.unidentified.UnidentifiedBodies;
import cn.minzheng.funeral.unidentified.UnidentifiedBodies.Intake;
import cn.minzheng.funeral.unidentified.UnidentifiedBody;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.DateField;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate.Span;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 无名遗体 for the district bureau and the city: the bodies of the caller's region (paged, by state),
 * intake from the police, the printable public notice (认尸启事), identification and cremation after
 * the notice. A body outside the caller's region answers 404; every read of one is audited.
 */
@Controller
class UnidentifiedBodyPages {

  static final String PATH = "/funeral/unidentified";

  private final UnidentifiedBodies bodies;
  private final Facilities facilities;
  private final FuneralAccess access;
  private final DataScope scope;
  private final AuditLog audit;

  UnidentifiedBodyPages(
      UnidentifiedBodies bodies,
      Facilities facilities,
      FuneralAccess access,
      DataScope scope,
      AuditLog audit) {
    this.bodies = bodies;
    this.facilities = facilities;
    this.access = access;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping(PATH)
  String list(
      @RequestParam(required = false) String state,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    access.require(FuneralAccess.UNIDENTIFIED);
    BodyState filter =
        Arrays.stream(BodyState.values())
            .filter(s -> s.name().equals(state))
            .findFirst()
            .orElse(null);
    PageQuery query =
        PageQuery.of(
            page, size, sort, dir == null ? "desc" : dir, UnidentifiedBodies.SORTS, "received_on");
    model.addAttribute("page", bodies.list(scope.current(), filter, query));
    model.addAttribute("state", filter == null ? null : filter.name());
    model.addAttribute("states", BodyState.values());
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("noticeDays", bodies.noticeDays());
    model.addAttribute(
        "homes",
        facilities.list(scope.current()).stream()
            .filter(f -> f.kind() == FacilityKind.FUNERAL_HOME && f.active())
            .toList());
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
      model.addAttribute("form", Map.of());
    }
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("殡葬管理"), Breadcrumb.here("无名遗体")));
    return "funeral/unidentified";
  }

  @PostMapping(PATH)
  String receive(
      @RequestParam(defaultValue = "") String policeNoticeNo,
      @RequestParam(defaultValue = "") String policeUnit,
      @RequestParam(defaultValue = "") String foundOn,
      @RequestParam(defaultValue = "") String foundPlace,
      @RequestParam(defaultValue = "") String description,
      @RequestParam(defaultValue = "0") long facilityId,
      @RequestParam(defaultValue = "") String receivedOn,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(FuneralAccess.UNIDENTIFIED);
    try {
      long id =
          bodies.receive(
              new Intake(
                  policeNoticeNo,
                  policeUnit,
                  date("foundOn", "发现日期", foundOn),
                  foundPlace,
                  description,
                  facilityId,
                  date("receivedOn", "接收日期", receivedOn)),
              ChinaTime.today(),
              scope::permits,
              user.username());
      redirect.addFlashAttribute("message", "已接收，认尸公告已开始");
      return "redirect:" + PATH + "/" + id;
    } catch (InvalidInput e) {
      response.setStatus(422);
      model.addAttribute("errors", Map.of(e.field(), e.getMessage()));
      model.addAttribute("error", e.getMessage());
      Map<String, String> form = new HashMap<>();
      form.put("policeNoticeNo", policeNoticeNo);
      form.put("policeUnit", policeUnit);
      form.put("foundOn", foundOn);
      form.put("foundPlace", foundPlace);
      form.put("description", description);
      form.put("receivedOn", receivedOn);
      model.addAttribute("form", form);
      return list(null, null, null, null, null, model);
    }
  }

  @GetMapping(PATH + "/{id}")
  String detail(@PathVariable long id, Model model) {
    access.require(FuneralAccess.UNIDENTIFIED);
    UnidentifiedBody body = inScope(id);
    audit.record(
        AuditEvent.success("funeral.unidentified.read", "unidentified_body", "" + id, null));
    model.addAttribute("b", body);
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("殡葬管理"),
            Breadcrumb.link("无名遗体", PATH),
            Breadcrumb.here(body.policeNoticeNo())));
    return "funeral/unidentified-body";
  }

  /** The public notice (认尸启事), printable. */
  @GetMapping(PATH + "/{id}/notice")
  String notice(@PathVariable long id, Model model) {
    access.require(FuneralAccess.UNIDENTIFIED);
    model.addAttribute("b", inScope(id));
    audit.record(
        AuditEvent.success("funeral.unidentified.notice", "unidentified_body", "" + id, null));
    return "funeral/unidentified-notice";
  }

  @PostMapping(PATH + "/{id}/identify")
  String identify(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String idNumber,
      @RequestParam(defaultValue = "") String dateOfDeath,
      RedirectAttributes redirect) {
    StaffUser user = access.require(FuneralAccess.UNIDENTIFIED);
    inScope(id);
    try {
      var person =
          bodies.identify(
              id,
              idNumber,
              date("dateOfDeath", "死亡日期", dateOfDeath),
              ChinaTime.today(),
              user.username());
      redirect.addFlashAttribute("message", "已认领：" + person.name() + "，死亡已登记，殡葬补贴已立案");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + "/" + id;
  }

  @PostMapping(PATH + "/{id}/dispose")
  String dispose(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String disposedOn,
      RedirectAttributes redirect) {
    StaffUser user = access.require(FuneralAccess.UNIDENTIFIED);
    inScope(id);
    try {
      bodies.dispose(
          id, date("disposedOn", "火化日期", disposedOn), ChinaTime.today(), user.username());
      redirect.addFlashAttribute("message", "已登记火化，骨灰存放三年");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + "/" + id;
  }

  private UnidentifiedBody inScope(long id) {
    return bodies
        .find(id)
        .filter(b -> scope.permits(b.regionCode()))
        .orElseThrow(() -> new RecordNotFoundException("unidentified body " + id));
  }

  /** A day something happened (found, received, died, cremated); null when left empty. */
  private static @Nullable LocalDate date(String field, String label, String text) {
    return DateField.optional(field, label, text, Span.HAPPENED);
  }
}
