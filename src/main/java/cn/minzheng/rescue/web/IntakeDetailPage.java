package cn.minzheng.rescue.web;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.rescue.intake.ExitKind;
import cn.minzheng.rescue.intake.Exits;
import cn.minzheng.rescue.intake.Exits.ExitForm;
import cn.minzheng.rescue.intake.Identities;
import cn.minzheng.rescue.intake.IntakeRow;
import cn.minzheng.rescue.intake.Photos;
import cn.minzheng.rescue.intake.SearchMethod;
import cn.minzheng.rescue.intake.SearchOutcome;
import cn.minzheng.rescue.intake.ServiceKind;
import cn.minzheng.rescue.intake.StayRecords;
import cn.minzheng.shared.ChinaTime;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One stay: the person (registry or temporary record with photos), earlier stays of the same
 * person, services, the stay limit and its extensions, identity searches, identification and
 * linking, and the exit. Every read is audited; a stay outside the caller's scope answers 404.
 */
@Controller
class IntakeDetailPage {

  private final RescueAccess access;
  private final StayLookup stays;
  private final StayRecords records;
  private final Identities identities;
  private final Exits exits;
  private final Photos photos;
  private final PersonDirectory persons;
  private final StationScope scope;
  private final AuditLog audit;

  IntakeDetailPage(
      RescueAccess access,
      StayLookup stays,
      StayRecords records,
      Identities identities,
      Exits exits,
      Photos photos,
      PersonDirectory persons,
      StationScope scope,
      AuditLog audit) {
    this.access = access;
    this.stays = stays;
    this.records = records;
    this.identities = identities;
    this.exits = exits;
    this.photos = photos;
    this.persons = persons;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping("/rescue/intakes/{intakeId}")
  String detail(@PathVariable long intakeId, Model model) {
    access.require(RescueAccess.STATION);
    IntakeRow stay = stays.inScope(intakeId);
    audit.record(
        AuditEvent.success("rescue.intake.read", "rescue_intake", String.valueOf(intakeId), null));
    return show(stay, model, Map.of());
  }

  /**
   * The hand-over record (交接记录) of a person escorted home, printed for the escort to have signed by
   * the receiving county's civil-affairs officer; only for that exit (404 otherwise).
   */
  @GetMapping("/rescue/intakes/{intakeId}/handover")
  String handover(@PathVariable long intakeId, Model model) {
    access.require(RescueAccess.STATION);
    IntakeRow stay = stays.inScope(intakeId);
    if (stay.exitKind() != ExitKind.RETURNED_HOME) {
      throw new RecordNotFoundException("rescue hand-over " + intakeId);
    }
    audit.record(
        AuditEvent.success(
            "rescue.handover.print", "rescue_intake", String.valueOf(intakeId), null));
    model.addAttribute("stay", stay);
    model.addAttribute("person", persons.find(stay.personId()).orElse(null));
    model.addAttribute("receivingCounty", stays.countyName(stay.receivingCountyCode()));
    model.addAttribute("services", records.services(intakeId));
    // an official document of its own (station, number, date, seal areas), not in the staff frame
    return "rescue/handover";
  }

  @PostMapping("/rescue/intakes/{intakeId}/services")
  String addService(
      @PathVariable long intakeId,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String servedOn,
      @RequestParam(required = false) String cost,
      @RequestParam(required = false) String note,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(RescueAccess.STATION);
    IntakeRow stay = stays.inScope(intakeId);
    return act(
        stay,
        model,
        response,
        redirect,
        "已记录救助服务",
        () -> records.addService(stay, kind, servedOn, cost, note, user.username()));
  }

  @PostMapping("/rescue/intakes/{intakeId}/extensions")
  String extend(
      @PathVariable long intakeId,
      @RequestParam(required = false) String until,
      @RequestParam(required = false) String reason,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(RescueAccess.STATION);
    IntakeRow stay = stays.inScope(intakeId);
    return act(
        stay,
        model,
        response,
        redirect,
        "已延长救助期限",
        () -> {
          records.extend(stay, until, reason, user.username());
          return null;
        });
  }

  @PostMapping("/rescue/intakes/{intakeId}/searches")
  String startSearch(
      @PathVariable long intakeId,
      @RequestParam(required = false) String method,
      @RequestParam(required = false) String startedOn,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(RescueAccess.STATION);
    IntakeRow stay = stays.inScope(intakeId);
    return act(
        stay,
        model,
        response,
        redirect,
        "已发起寻亲查找",
        () -> records.startSearch(stay, method, startedOn, user.username()));
  }

  @PostMapping("/rescue/intakes/{intakeId}/searches/{taskId}")
  String searchOutcome(
      @PathVariable long intakeId,
      @PathVariable long taskId,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String outcomeOn,
      @RequestParam(required = false) String note,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(RescueAccess.STATION);
    IntakeRow stay = stays.inScope(intakeId);
    return act(
        stay,
        model,
        response,
        redirect,
        "已记录查找结果",
        () -> {
          records.searchOutcome(stay, taskId, outcome, outcomeOn, note, user.username());
          return null;
        });
  }

  @PostMapping("/rescue/intakes/{intakeId}/identify")
  String identify(
      @PathVariable long intakeId,
      @RequestParam(required = false) String idNumber,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(RescueAccess.STATION);
    IntakeRow stay = stays.inScope(intakeId);
    return act(
        stay,
        model,
        response,
        redirect,
        "已查明身份：该临时编号（含关联编号）下的全部救助记录已并入人口库中此人",
        () -> identities.identify(stay, idNumber, user.username()));
  }

  @PostMapping("/rescue/intakes/{intakeId}/link")
  String link(
      @PathVariable long intakeId,
      @RequestParam(required = false) String temporaryNo,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(RescueAccess.STATION);
    IntakeRow stay = stays.inScope(intakeId);
    return act(
        stay,
        model,
        response,
        redirect,
        "已确认为同一人并关联",
        () -> {
          identities.link(stay, temporaryNo, scope::permits, user.username());
          return null;
        });
  }

  @PostMapping("/rescue/intakes/{intakeId}/photos")
  String addPhoto(
      @PathVariable long intakeId,
      @RequestParam(required = false) MultipartFile photo,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    StaffUser user = access.require(RescueAccess.STATION);
    IntakeRow stay = stays.inScope(intakeId);
    byte[] bytes = photo == null ? new byte[0] : photo.getBytes();
    return act(
        stay,
        model,
        response,
        redirect,
        "已上传照片",
        () -> {
          if (stay.unidentifiedId() == null) {
            throw new InvalidInput("photo", "照片：仅身份不明人员登记照片");
          }
          long id = photos.store(stay.unidentifiedId(), bytes, user.username());
          audit.record(
              AuditEvent.success(
                  "rescue.photo.upload", "rescue_photo", String.valueOf(id), "intake " + intakeId));
          return id;
        });
  }

  @PostMapping("/rescue/intakes/{intakeId}/exit")
  String exit(
      @PathVariable long intakeId,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String exitedOn,
      @RequestParam(required = false) String escort,
      @RequestParam(required = false) String receiver,
      @RequestParam(required = false) String receivingCountyCode,
      @RequestParam(required = false) String institution,
      @RequestParam(required = false) String note,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(RescueAccess.STATION);
    IntakeRow stay = stays.inScope(intakeId);
    return act(
        stay,
        model,
        response,
        redirect,
        "已办理离站",
        () -> {
          exits.exit(
              stay,
              new ExitForm(
                  kind, exitedOn, escort, receiver, receivingCountyCode, institution, note),
              user.username());
          return null;
        });
  }

  private String act(
      IntakeRow stay,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      String done,
      Supplier<Object> action) {
    try {
      action.get();
      redirect.addFlashAttribute("message", done);
      return "redirect:/rescue/intakes/" + stay.id();
    } catch (InvalidInput e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("error", e.getMessage());
      return show(stays.inScope(stay.id()), model, Map.of(e.field(), e.getMessage()));
    }
  }

  private String show(IntakeRow stay, Model model, Map<String, String> errors) {
    List<IntakeRow> all = stays.samePerson(stay);
    List<IntakeRow> visible = all.stream().filter(scope::permits).toList();
    model.addAttribute("stay", stay);
    model.addAttribute(
        "person", stay.personId() == null ? null : persons.find(stay.personId()).orElse(null));
    model.addAttribute(
        "unidentified",
        stay.unidentifiedId() == null ? null : identities.find(stay.unidentifiedId()).orElse(null));
    model.addAttribute(
        "groupNumbers",
        stay.unidentifiedId() == null ? List.of() : identities.groupNumbers(stay.unidentifiedId()));
    model.addAttribute(
        "photoIds",
        stay.unidentifiedId() == null ? List.of() : photos.idsOf(stay.unidentifiedId()));
    model.addAttribute("history", visible);
    model.addAttribute("elsewhere", all.size() - visible.size());
    model.addAttribute("services", records.services(stay.id()));
    model.addAttribute("extensions", records.extensions(stay.id()));
    model.addAttribute("searches", records.searches(stay.id()));
    model.addAttribute("homeCounty", stays.countyName(exits.homeCounty(stay).orElse(null)));
    model.addAttribute("receivingCounty", stays.countyName(stay.receivingCountyCode()));
    model.addAttribute("serviceKinds", ServiceKind.values());
    model.addAttribute("searchMethods", SearchMethod.values());
    model.addAttribute("searchOutcomes", List.of(SearchOutcome.FOUND, SearchOutcome.NOT_FOUND));
    model.addAttribute("exitKinds", ExitKind.values());
    model.addAttribute("today", ChinaTime.today().toString());
    model.addAttribute("errors", errors);
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("救助管理"),
            Breadcrumb.link("在站人员", "/rescue/intakes"),
            Breadcrumb.here(stay.intakeNo())));
    return "rescue/intake";
  }
}
