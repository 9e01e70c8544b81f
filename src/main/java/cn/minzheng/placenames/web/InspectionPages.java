package cn.minzheng.placenames.web;

import cn.minzheng.placenames.inspection.JointInspections;
import cn.minzheng.placenames.inspection.JointInspections.Kind;
import cn.minzheng.placenames.inspection.JointInspections.Plan;
import cn.minzheng.placenames.inspection.Photo;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 联合检查 pages: plans (paged, filtered by object and by overdue findings), the plan form, the plan
 * with its findings (overdue flagged), a finding with its photo, rectification.
 */
@Controller
@RequestMapping("/placenames/inspections")
class InspectionPages {

  private static final String LIST = "/placenames/inspections";

  private final JointInspections inspections;
  private final PlacenamesRoles roles;

  InspectionPages(JointInspections inspections, PlacenamesRoles roles) {
    this.inspections = inspections;
    this.roles = roles;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String overdue,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String dir,
      Model model) {
    StaffUser user = roles.requireStaff();
    Kind k = kind(kind);
    boolean overdueOnly = "true".equals(overdue);
    model.addAttribute(
        "result",
        inspections.page(
            k,
            overdueOnly,
            PageQuery.of(
                page,
                size,
                sort,
                dir == null ? "desc" : dir,
                JointInspections.SORTS,
                "planned_on")));
    model.addAttribute("kind", k == null ? "" : k.name());
    model.addAttribute("overdue", overdueOnly);
    model.addAttribute("kinds", Kind.values());
    model.addAttribute("mayInspect", roles.mayApply(user));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("联合检查")));
    return "placenames/inspections";
  }

  @GetMapping("/new")
  String form(Model model) {
    roles.requireApplicant();
    return showForm(model, Map.of(), Map.of());
  }

  @PostMapping
  String plan(
      @RequestParam(required = false) @Nullable String title,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String regionCode,
      @RequestParam(required = false) @Nullable String partners,
      @RequestParam(required = false) @Nullable String plannedOn,
      Model model) {
    StaffUser user = roles.requireApplicant();
    try {
      long id =
          inspections.plan(
              title,
              kind,
              regionCode,
              partners,
              NamingPages.day("plannedOn", "计划日期", plannedOn, PlausibleDate.Span.NEAR),
              user.username());
      return "redirect:" + LIST + "/" + id;
    } catch (InvalidInput e) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("title", title == null ? "" : title);
      form.put("kind", kind == null ? "" : kind);
      form.put("regionCode", regionCode == null ? "" : regionCode);
      form.put("partners", partners == null ? "" : partners);
      form.put("plannedOn", plannedOn == null ? "" : plannedOn);
      return showForm(model, form, Map.of(field(e), e.getMessage()));
    }
  }

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Model model) {
    StaffUser user = roles.requireStaff();
    return showDetail(inspections.plan(id), user, model, Map.of());
  }

  @PostMapping("/{id}/findings")
  String find(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String objectCode,
      @RequestParam(required = false) @Nullable String location,
      @RequestParam(required = false) @Nullable String condition,
      @RequestParam(required = false) @Nullable String description,
      @RequestParam(required = false) @Nullable String foundOn,
      @RequestParam(required = false) @Nullable MultipartFile photo,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    StaffUser user = roles.requireApplicant();
    Plan plan = inspections.plan(id);
    try {
      inspections.find(
          id,
          objectCode,
          location,
          condition,
          description,
          NamingPages.day("foundOn", "检查日期", foundOn),
          Photo.of(photo == null ? null : photo.getBytes()),
          user.username());
      redirect.addFlashAttribute("message", "检查结果已记录");
      return "redirect:" + LIST + "/" + id;
    } catch (InvalidInput e) {
      return showDetail(plan, user, model, Map.of(field(e), e.getMessage()));
    }
  }

  @PostMapping("/findings/{findingId}/rectify")
  String rectify(
      @PathVariable long findingId,
      @RequestParam(required = false) @Nullable String rectification,
      @RequestParam(required = false) @Nullable String rectifiedOn,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = roles.requireApplicant();
    var finding = inspections.finding(findingId);
    try {
      inspections.rectify(
          findingId,
          rectification,
          NamingPages.day("rectifiedOn", "整改日期", rectifiedOn),
          user.username());
      redirect.addFlashAttribute("message", "整改情况已记录");
      return "redirect:" + LIST + "/" + finding.planId();
    } catch (InvalidInput e) {
      return showDetail(
          inspections.plan(finding.planId()), user, model, Map.of(field(e), e.getMessage()));
    }
  }

  @GetMapping("/findings/{findingId}/photo")
  ResponseEntity<byte[]> photo(@PathVariable long findingId) {
    roles.requireStaff();
    Photo p = inspections.photo(findingId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(p.contentType()))
        .cacheControl(CacheControl.noStore())
        .body(p.content());
  }

  private String showDetail(Plan plan, StaffUser user, Model model, Map<String, String> errors) {
    model.addAttribute("plan", plan);
    model.addAttribute("findings", inspections.findings(plan.id()));
    model.addAttribute("conditions", JointInspections.Condition.values());
    model.addAttribute("rectificationDays", inspections.rectificationDays());
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("mayInspect", roles.mayApply(user));
    model.addAttribute("errors", errors);
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.link("联合检查", LIST), Breadcrumb.here(plan.title())));
    return "placenames/inspection";
  }

  private String showForm(Model model, Map<String, String> form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("kinds", Kind.values());
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("errors", errors);
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.link("联合检查", LIST), Breadcrumb.here("新增检查计划")));
    return "placenames/inspection-form";
  }

  static @Nullable Kind kind(@Nullable String kind) {
    return Arrays.stream(Kind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
  }

  private static String field(InvalidInput e) {
    return e.field() == null ? "form" : e.field();
  }
}
