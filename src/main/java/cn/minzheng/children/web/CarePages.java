package cn.minzheng.children.web;

import cn.minzheng.children.care.CareProgramme;
import cn.minzheng.children.care.CareProgramme.Round;
import cn.minzheng.children.care.CareProgramme.School;
import cn.minzheng.children.care.ScreeningImports;
import cn.minzheng.children.care.ScreeningImports.ScreeningImport;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.DateField;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate.Span;
import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * 关爱行动: the rounds, a school's screening file uploaded (with its row-level report), the schools of
 * the caller's scope (paged, filtered); the county and the city keep the schools, the city opens
 * the rounds. Role first, then the school's region (404).
 */
@Controller
class CarePages {

  static final String PATH = "/children/care";
  static final int REPORT_ROWS = 500;

  private final CareProgramme programme;
  private final ScreeningImports imports;
  private final CareUploads uploads;
  private final ChildrenRoles roles;
  private final DataScope scope;
  private final RegionQuery regions;
  private final AuditLog audit;

  CarePages(
      CareProgramme programme,
      ScreeningImports imports,
      CareUploads uploads,
      ChildrenRoles roles,
      DataScope scope,
      RegionQuery regions,
      AuditLog audit) {
    this.programme = programme;
    this.imports = imports;
    this.uploads = uploads;
    this.roles = roles;
    this.scope = scope;
    this.regions = regions;
    this.audit = audit;
  }

  @GetMapping(PATH)
  String show(
      @RequestParam(required = false) @Nullable Long round,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String district,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      Model model) {
    StaffUser user = roles.require(ChildrenRoles.PROTECTION);
    return page(model, user, round, q, district, page, size, Map.of());
  }

  private String page(
      Model model,
      StaffUser user,
      @Nullable Long roundId,
      @Nullable String q,
      @Nullable String district,
      @Nullable Integer page,
      @Nullable Integer size,
      Map<String, String> errors) {
    RegionFilter filter = scope.current();
    List<Round> rounds = programme.rounds();
    Round round = selected(rounds, roundId);
    PageQuery query = PageQuery.of(page, size, null, "asc", Set.of("code"), "code");
    List<School> schools = programme.schools(filter, q, district, query.size(), query.offset());
    model.addAttribute(
        "schools", new PageResult<>(schools, query, programme.countSchools(filter, q, district)));
    model.addAttribute("q", q);
    model.addAttribute("district", district);
    model.addAttribute("districts", districts(filter));
    model.addAttribute("rounds", rounds);
    model.addAttribute("round", round);
    model.addAttribute("allSchools", programme.allSchools(filter));
    model.addAttribute(
        "imports",
        round == null
            ? List.of()
            : imports.recent(round.id(), filter.unrestricted() ? null : filter.codesArray(), 50));
    model.addAttribute("canImport", roles.has(user, ChildrenRoles.PROTECTION_WRITERS));
    model.addAttribute("canEditSchools", roles.has(user, ChildrenRoles.NETWORK_EDITORS));
    model.addAttribute("canOpenRounds", roles.has(user, ChildrenRoles.ADMIN));
    model.addAttribute("errors", errors);
    model.addAttribute("regionNames", regionNames());
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.here(ChildrenMenu.GROUP), Breadcrumb.here("关爱行动")));
    return "children/care";
  }

  /** The round asked for, or the latest when none is asked for. */
  static @Nullable Round selected(List<Round> rounds, @Nullable Long roundId) {
    if (roundId == null) {
      return rounds.isEmpty() ? null : rounds.get(0);
    }
    return rounds.stream().filter(r -> r.id() == roundId).findFirst().orElse(null);
  }

  /** The districts of the city the caller may filter by (its own when it sits below the city). */
  List<RegionNode> districts(RegionFilter filter) {
    return regions.all().stream()
        .filter(n -> n.level() == RegionLevel.COUNTY && n.activeOn(ChinaTime.today()))
        .filter(
            n ->
                filter.unrestricted()
                    || filter.codes().stream().anyMatch(c -> c.startsWith(n.countyPart())))
        .toList();
  }

  Map<String, String> regionNames() {
    Map<String, String> names = new java.util.HashMap<>();
    for (RegionNode n : regions.all()) {
      names.put(n.code(), n.name());
    }
    return names;
  }

  @PostMapping(PATH + "/imports")
  String upload(
      @RequestParam(required = false) @Nullable Long round,
      @RequestParam(required = false) @Nullable Long school,
      @RequestParam(required = false) @Nullable MultipartFile file,
      Model model)
      throws IOException {
    StaffUser user = roles.require(ChildrenRoles.PROTECTION_WRITERS);
    try {
      ScreeningImports.Result result = uploads.upload(round, school, file, user.username());
      return "redirect:"
          + PATH
          + "/imports/"
          + result.batch().id()
          + (result.repeated() ? "?repeated=true" : "");
    } catch (InvalidInput e) {
      return page(model, user, round, null, null, null, null, PageErrors.of(e));
    }
  }

  @GetMapping(PATH + "/imports/{id}")
  String report(
      @PathVariable long id,
      @RequestParam(required = false, defaultValue = "false") boolean repeated,
      Model model) {
    roles.require(ChildrenRoles.PROTECTION);
    ScreeningImport batch = imports.get(id);
    scope.requireInScope(batch.regionCode());
    audit.record(
        AuditEvent.success(
            "children.care.import.view", "children-screening-import", String.valueOf(id), ""));
    model.addAttribute("batch", batch);
    model.addAttribute("repeated", repeated);
    model.addAttribute("rowErrors", imports.errors(id, REPORT_ROWS));
    model.addAttribute("limit", REPORT_ROWS);
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here(ChildrenMenu.GROUP),
            Breadcrumb.link("关爱行动", PATH + "?round=" + batch.roundId()),
            Breadcrumb.here("导入批次 " + id)));
    return "children/care-import";
  }

  @GetMapping(PATH + "/template")
  org.springframework.http.ResponseEntity<byte[]> template() {
    roles.require(ChildrenRoles.PROTECTION);
    return CareExcel.download("关爱行动筛查结果导入模板.xlsx", CareExcel.template());
  }

  @PostMapping(PATH + "/schools")
  String saveSchool(
      @RequestParam(required = false) @Nullable String code,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String regionCode,
      Model model) {
    StaffUser user = roles.require(ChildrenRoles.NETWORK_EDITORS);
    try {
      String region = regionCode == null ? "" : regionCode.strip();
      if (!scope.permits(region)) {
        throw new InvalidInput("regionCode", "区划不在本账号管辖范围内");
      }
      long id = programme.saveSchool(code, name, region, user.username());
      audit.record(
          AuditEvent.success(
              "children.care.school.save", "children-school", String.valueOf(id), code));
      model.addAttribute("message", "学校已保存");
      return page(model, user, null, null, null, null, null, Map.of());
    } catch (InvalidInput e) {
      return page(model, user, null, null, null, null, null, PageErrors.of(e));
    }
  }

  @PostMapping(PATH + "/rounds")
  String openRound(
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String startsOn,
      @RequestParam(required = false) @Nullable String endsOn,
      @RequestParam(required = false) @Nullable String followUpDays,
      Model model) {
    StaffUser user = roles.require(ChildrenRoles.ADMIN);
    try {
      Integer days;
      try {
        days =
            followUpDays == null || followUpDays.isBlank()
                ? null
                : Integer.valueOf(followUpDays.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInput("followUpDays", "随访期限应为1至365天");
      }
      long id =
          programme.openRound(
              name,
              DateField.optional("startsOn", "开始日期", startsOn, Span.ANY),
              DateField.optional("endsOn", "结束日期", endsOn, Span.ANY),
              days,
              user.username());
      audit.record(
          AuditEvent.success(
              "children.care.round.open", "children-screening-round", String.valueOf(id), name));
      return "redirect:" + PATH + "?round=" + id;
    } catch (InvalidInput e) {
      return page(model, user, null, null, null, null, null, PageErrors.of(e));
    }
  }
}
