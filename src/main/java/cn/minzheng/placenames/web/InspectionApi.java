package cn.minzheng.placenames.web;

import cn.minzheng.placenames.inspection.JointInspections;
import cn.minzheng.placenames.inspection.JointInspections.Finding;
import cn.minzheng.placenames.inspection.JointInspections.Plan;
import cn.minzheng.placenames.inspection.Photo;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.PlausibleDate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 联合检查 over the API, with the pages' role rules and scope. */
@RestController
@RequestMapping("/api/v1/placenames/inspections")
@Tag(name = "地名 · 联合检查")
class InspectionApi {

  private final JointInspections inspections;
  private final PlacenamesRoles roles;

  InspectionApi(JointInspections inspections, PlacenamesRoles roles) {
    this.inspections = inspections;
    this.roles = roles;
  }

  /** A plan with its findings. */
  record PlanView(Plan plan, List<Finding> findings) {}

  @Operation(summary = "检查计划列表（辖区内，分页；overdue=true 只列有逾期的）")
  @GetMapping
  PageResult<Plan> list(
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable Boolean overdue,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    roles.requireStaff();
    return inspections.page(
        InspectionPages.kind(kind),
        Boolean.TRUE.equals(overdue),
        PageQuery.of(page, size, "planned_on", "desc", JointInspections.SORTS, "planned_on"));
  }

  @Operation(summary = "新增检查计划：title, kind (SIGN|MARKER), regionCode, partners, plannedOn")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  PlanView plan(@RequestBody(required = false) @Nullable Map<String, String> body) {
    StaffUser user = roles.requireApplicant();
    Map<String, String> b = body == null ? Map.of() : body;
    long id =
        inspections.plan(
            b.get("title"),
            b.get("kind"),
            b.get("regionCode"),
            b.get("partners"),
            NamingPages.day("plannedOn", "计划日期", b.get("plannedOn"), PlausibleDate.Span.NEAR),
            user.username());
    return one(id);
  }

  @Operation(summary = "一次检查及其检查结果（辖区外 404）")
  @GetMapping("/{id}")
  PlanView one(@PathVariable long id) {
    roles.requireStaff();
    return new PlanView(inspections.plan(id), inspections.findings(id));
  }

  @Operation(
      summary = "记录一处检查结果（multipart：objectCode, location, condition, description, foundOn, photo）")
  @PostMapping("/{id}/findings")
  @ResponseStatus(HttpStatus.CREATED)
  Finding find(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String objectCode,
      @RequestParam(required = false) @Nullable String location,
      @RequestParam(required = false) @Nullable String condition,
      @RequestParam(required = false) @Nullable String description,
      @RequestParam(required = false) @Nullable String foundOn,
      @RequestParam(required = false) @Nullable MultipartFile photo)
      throws IOException {
    StaffUser user = roles.requireApplicant();
    inspections.plan(id);
    long finding =
        inspections.find(
            id,
            objectCode,
            location,
            condition,
            description,
            NamingPages.day("foundOn", "检查日期", foundOn),
            Photo.of(photo == null ? null : photo.getBytes()),
            user.username());
    return inspections.finding(finding);
  }

  @Operation(summary = "记录整改：rectification, rectifiedOn")
  @PostMapping("/findings/{findingId}/rectify")
  Finding rectify(
      @PathVariable long findingId,
      @RequestBody(required = false) @Nullable Map<String, String> body) {
    StaffUser user = roles.requireApplicant();
    Map<String, String> b = body == null ? Map.of() : body;
    inspections.rectify(
        findingId,
        b.get("rectification"),
        NamingPages.day("rectifiedOn", "整改日期", b.get("rectifiedOn")),
        user.username());
    return inspections.finding(findingId);
  }
}
