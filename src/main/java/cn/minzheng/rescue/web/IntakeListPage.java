package cn.minzheng.rescue.web;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.rescue.intake.Admissions;
import cn.minzheng.rescue.intake.Admissions.Arrival;
import cn.minzheng.rescue.intake.Admissions.Description;
import cn.minzheng.rescue.intake.ApparentSex;
import cn.minzheng.rescue.intake.Identities;
import cn.minzheng.rescue.intake.IntakeQueries;
import cn.minzheng.rescue.intake.IntakeQueries.Filter;
import cn.minzheng.rescue.intake.Referral;
import cn.minzheng.shared.ChinaTime;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 在站人员 (the station's work list: open stays first, overdue flagged, filters and paging) and 入站登记 (a
 * known person by ID number, an unidentified one with description and photo, or a temporary record
 * coming back).
 */
@Controller
class IntakeListPage {

  private final IntakeQueries queries;
  private final Admissions admissions;
  private final Identities identities;
  private final RescueAccess access;
  private final StationScope scope;

  IntakeListPage(
      IntakeQueries queries,
      Admissions admissions,
      Identities identities,
      RescueAccess access,
      StationScope scope) {
    this.queries = queries;
    this.admissions = admissions;
    this.identities = identities;
    this.access = access;
    this.scope = scope;
  }

  @GetMapping("/rescue/intakes")
  String list(
      @RequestParam(required = false) Long station,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) Boolean unidentified,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    access.require(RescueAccess.STATION);
    String shown = state == null ? "OPEN" : state;
    Boolean open =
        switch (shown) {
          case "OPEN" -> true;
          case "EXITED" -> false;
          default -> null;
        };
    PageQuery query =
        PageQuery.of(
            page, size, sort, dir == null ? "desc" : dir, IntakeQueries.SORTS, "admitted_on");
    model.addAttribute(
        "page",
        queries.list(
            scope.current(),
            new Filter(
                scope.listStation(station), open, Boolean.TRUE.equals(overdue), unidentified),
            query));
    model.addAttribute("station", station);
    model.addAttribute("state", shown);
    model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
    model.addAttribute("unidentified", unidentified);
    model.addAttribute("stations", scope.stations());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("救助管理"), Breadcrumb.here("在站人员")));
    return "rescue/intakes";
  }

  @GetMapping("/rescue/intakes/new")
  String form(Model model) {
    access.require(RescueAccess.STATION);
    return form(model, Map.of(), Map.of(), null);
  }

  @PostMapping("/rescue/intakes")
  String admitKnown(
      @RequestParam(required = false) String idNumber,
      @RequestParam(required = false) String stationId,
      @RequestParam(required = false) String admittedOn,
      @RequestParam(required = false) String foundPlace,
      @RequestParam(required = false) String referredBy,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(RescueAccess.STATION);
    Arrival arrival = new Arrival(stationId, admittedOn, foundPlace, referredBy);
    try {
      scope.requireOwnStation(stationId);
      long id = admissions.admitKnown(idNumber, arrival, scope::permits, user.username());
      redirect.addFlashAttribute("message", "已登记入站");
      return "redirect:/rescue/intakes/" + id;
    } catch (InvalidInput e) {
      return refused(model, response, e, arrival, Map.of(), "known");
    }
  }

  @PostMapping("/rescue/intakes/unidentified")
  String admitUnidentified(
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String sex,
      @RequestParam(required = false) String estimatedAge,
      @RequestParam(required = false) MultipartFile photo,
      @RequestParam(required = false) String stationId,
      @RequestParam(required = false) String admittedOn,
      @RequestParam(required = false) String foundPlace,
      @RequestParam(required = false) String referredBy,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    StaffUser user = access.require(RescueAccess.STATION);
    Arrival arrival = new Arrival(stationId, admittedOn, foundPlace, referredBy);
    byte[] bytes = photo == null || photo.isEmpty() ? null : photo.getBytes();
    try {
      scope.requireOwnStation(stationId);
      long id =
          admissions.admitUnidentified(
              new Description(description, sex, estimatedAge, bytes),
              arrival,
              scope::permits,
              user.username());
      redirect.addFlashAttribute("message", "已登记入站（身份不明人员，已生成临时编号）");
      return "redirect:/rescue/intakes/" + id;
    } catch (InvalidInput e) {
      Map<String, String> typed = new HashMap<>();
      typed.put("description", description == null ? "" : description);
      typed.put("sex", sex == null ? "" : sex);
      typed.put("estimatedAge", estimatedAge == null ? "" : estimatedAge);
      return refused(model, response, e, arrival, typed, "unidentified");
    }
  }

  @PostMapping("/rescue/intakes/readmit")
  String readmit(
      @RequestParam(required = false) String temporaryNo,
      @RequestParam(required = false) String stationId,
      @RequestParam(required = false) String admittedOn,
      @RequestParam(required = false) String foundPlace,
      @RequestParam(required = false) String referredBy,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(RescueAccess.STATION);
    Arrival arrival = new Arrival(stationId, admittedOn, foundPlace, referredBy);
    try {
      scope.requireOwnStation(stationId);
      long unidentified =
          identities
              .findByTemporaryNo(temporaryNo, scope::permits)
              .orElseThrow(() -> new InvalidInput("temporaryNo", "临时编号：未找到此编号"))
              .id();
      long id =
          admissions.readmitUnidentified(unidentified, arrival, scope::permits, user.username());
      redirect.addFlashAttribute("message", "已再次登记入站（与原临时编号关联）");
      return "redirect:/rescue/intakes/" + id;
    } catch (InvalidInput e) {
      return refused(
          model,
          response,
          e,
          arrival,
          Map.of("temporaryNo", temporaryNo == null ? "" : temporaryNo),
          "readmit");
    }
  }

  private String refused(
      Model model,
      HttpServletResponse response,
      InvalidInput e,
      Arrival arrival,
      Map<String, String> typed,
      String which) {
    response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
    model.addAttribute("error", e.getMessage());
    Map<String, String> form = new HashMap<>(typed);
    form.put("stationId", arrival.stationId() == null ? "" : arrival.stationId());
    form.put("admittedOn", arrival.admittedOn() == null ? "" : arrival.admittedOn());
    form.put("foundPlace", arrival.foundPlace() == null ? "" : arrival.foundPlace());
    form.put("referredBy", arrival.referredBy() == null ? "" : arrival.referredBy());
    return form(model, Map.of(e.field(), e.getMessage()), form, which);
  }

  private String form(
      Model model, Map<String, String> errors, Map<String, String> form, String which) {
    model.addAttribute("stations", scope.stations());
    model.addAttribute("referrals", Referral.values());
    model.addAttribute("sexes", ApparentSex.values());
    model.addAttribute("errors", errors);
    model.addAttribute("form", form);
    model.addAttribute("which", which);
    model.addAttribute("today", ChinaTime.today().toString());
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("救助管理"),
            Breadcrumb.link("在站人员", "/rescue/intakes"),
            Breadcrumb.here("入站登记")));
    return "rescue/intake-new";
  }
}
