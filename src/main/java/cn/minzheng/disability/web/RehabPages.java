package cn.minzheng.disability.web;

import cn.minzheng.disability.rehab.EndReason;
import cn.minzheng.disability.rehab.RehabRegister;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import cn.minzheng.shared.PlausibleDate.Span;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 精神障碍社区康复 for the 精神康复专员: stations, enrolments with consent, service records, the end of an
 * enrolment with its reason. The role is checked before anything is read; records outside the
 * caller's region answer 404.
 */
@Controller
class RehabPages {

  private final RehabRegister register;
  private final PersonDirectory persons;
  private final DisabilityAccess access;

  RehabPages(RehabRegister register, PersonDirectory persons, DisabilityAccess access) {
    this.register = register;
    this.persons = persons;
    this.access = access;
  }

  @GetMapping("/disability/rehab")
  String list(
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      Model model) {
    access.require(DisabilityAccess.MENTAL);
    model.addAttribute("stations", register.stations());
    // one order: the newest enrolment first
    PageQuery query = PageQuery.of(page, size, null, null, Set.of("enrolled_on"), "enrolled_on");
    model.addAttribute("page", register.enrolments(query));
    model.addAttribute("today", ChinaTime.today());
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.here("残疾人福利"), Breadcrumb.here("精神障碍社区康复")));
    return "disability/rehab";
  }

  @PostMapping("/disability/rehab/stations")
  String station(
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String regionCode,
      @RequestParam(defaultValue = "") String operator,
      @RequestParam(defaultValue = "0") int capacity,
      @RequestParam(defaultValue = "") String services,
      Model model) {
    access.require(DisabilityAccess.MENTAL);
    try {
      register.createStation(name, regionCode.strip(), operator, capacity, services);
      model.addAttribute("message", "已新增康复站点");
    } catch (InvalidInput e) {
      model.addAttribute("errors", Map.of(e.field() == null ? "name" : e.field(), e.getMessage()));
    }
    return list(null, null, model);
  }

  @PostMapping("/disability/rehab/enrolments")
  String enrol(
      @RequestParam(defaultValue = "0") long stationId,
      @RequestParam(defaultValue = "") String idNumber,
      @RequestParam(defaultValue = "") String consentBy,
      @RequestParam(defaultValue = "") String guardianName,
      @RequestParam(defaultValue = "") String consentOn,
      Model model) {
    StaffUser user = access.require(DisabilityAccess.MENTAL);
    try {
      PersonSummary person = person(idNumber);
      LocalDate consent = date("consentOn", consentOn);
      register.enrol(
          stationId,
          person.id(),
          person.residenceRegionCode(),
          consentBy,
          guardianName,
          consent,
          user.username());
      model.addAttribute("message", "已纳入康复服务：" + person.name());
    } catch (InvalidInput e) {
      model.addAttribute(
          "errors", Map.of(e.field() == null ? "idNumber" : e.field(), e.getMessage()));
    }
    return list(null, null, model);
  }

  @GetMapping("/disability/rehab/enrolments/{id}")
  String enrolment(@PathVariable long id, Model model) {
    access.require(DisabilityAccess.MENTAL);
    model.addAttribute("enrolment", register.enrolment(id));
    model.addAttribute("services", register.services(id));
    model.addAttribute("endReasons", EndReason.values());
    model.addAttribute("today", ChinaTime.today());
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("残疾人福利"),
            Breadcrumb.link("精神障碍社区康复", "/disability/rehab"),
            Breadcrumb.here("康复档案")));
    return "disability/rehab-enrolment";
  }

  @PostMapping("/disability/rehab/enrolments/{id}/services")
  String service(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String servedOn,
      @RequestParam(defaultValue = "") String service,
      @RequestParam(defaultValue = "0") int minutes,
      Model model) {
    StaffUser user = access.require(DisabilityAccess.MENTAL);
    try {
      register.record(id, date("servedOn", servedOn), service, minutes, user.username());
      model.addAttribute("message", "已记录服务");
    } catch (InvalidInput e) {
      model.addAttribute(
          "errors", Map.of(e.field() == null ? "service" : e.field(), e.getMessage()));
    }
    return enrolment(id, model);
  }

  @PostMapping("/disability/rehab/enrolments/{id}/end")
  String end(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String endedOn,
      @RequestParam(defaultValue = "") String endReason,
      @RequestParam(defaultValue = "") String endNote,
      Model model) {
    StaffUser user = access.require(DisabilityAccess.MENTAL);
    try {
      EndReason reason =
          Arrays.stream(EndReason.values())
              .filter(r -> r.name().equals(endReason))
              .findFirst()
              .orElse(null);
      register.end(
          id, date("endedOn", endedOn), reason, endNote, ChinaTime.today(), user.username());
      model.addAttribute("message", "已结束康复服务");
    } catch (InvalidInput e) {
      model.addAttribute(
          "errors", Map.of(e.field() == null ? "endedOn" : e.field(), e.getMessage()));
    }
    return enrolment(id, model);
  }

  private PersonSummary person(String idNumber) {
    try {
      return persons
          .findByIdNumber(IdCardNo.parse(idNumber.strip()))
          .orElseThrow(() -> new InvalidInput("idNumber", "未找到该身份证号的人员"));
    } catch (RuntimeException e) {
      if (e instanceof InvalidInput invalid) {
        throw invalid;
      }
      throw new InvalidInput("idNumber", "身份证号格式不正确");
    }
  }

  private static final Map<String, String> DATE_LABELS =
      Map.of("consentOn", "同意日期", "servedOn", "服务日期", "endedOn", "结束日期");

  /** Read with the platform's plausible range (shared.PlausibleDate), refused naming the field. */
  private static LocalDate date(String field, String value) {
    String label = DATE_LABELS.getOrDefault(field, "日期");
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, label + "：请填写");
    }
    try {
      return PlausibleDate.parse(value, Span.ANY, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      throw new InvalidInput(field, label + "：" + e.getMessage());
    }
  }
}
