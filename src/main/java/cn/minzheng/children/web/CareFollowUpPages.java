package cn.minzheng.children.web;

import cn.minzheng.children.care.CareCounts;
import cn.minzheng.children.care.CareCounts.Row;
import cn.minzheng.children.care.CareProgramme;
import cn.minzheng.children.care.CareProgramme.Round;
import cn.minzheng.children.care.ScreeningFollowUps;
import cn.minzheng.children.care.ScreeningType;
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
import cn.minzheng.region.RegionNode;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 关爱行动 follow-up list (the positives of a round, special-group children first, overdue flagged; a
 * follow-up recorded) and the counts by school, district and screening type with Excel. Pupils'
 * data are minors' data: child-protection roles, the county and the city only, every list audited.
 */
@Controller
class CareFollowUpPages {

  static final String FOLLOW_UPS = CarePages.PATH + "/follow-ups";
  static final String COUNTS = CarePages.PATH + "/counts";

  private final CareProgramme programme;
  private final ScreeningFollowUps followUps;
  private final CareCounts counts;
  private final CarePages carePages;
  private final ChildrenRoles roles;
  private final DataScope scope;
  private final AuditLog audit;

  CareFollowUpPages(
      CareProgramme programme,
      ScreeningFollowUps followUps,
      CareCounts counts,
      CarePages carePages,
      ChildrenRoles roles,
      DataScope scope,
      AuditLog audit) {
    this.programme = programme;
    this.followUps = followUps;
    this.counts = counts;
    this.carePages = carePages;
    this.roles = roles;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping(FOLLOW_UPS)
  String list(
      @RequestParam(required = false) @Nullable Long round,
      @RequestParam(required = false) @Nullable Long school,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false, defaultValue = "false") boolean priority,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      Model model) {
    StaffUser user = roles.require(ChildrenRoles.PROTECTION);
    RegionFilter filter = scope.current();
    List<Round> rounds = programme.rounds();
    Round selected = CarePages.selected(rounds, round);
    PageQuery query = PageQuery.of(page, size, null, "asc", Set.of("due"), "due");
    ScreeningFollowUps.Filter which = ScreeningFollowUps.Filter.of(state);
    ScreeningType screening = type == null ? null : ScreeningType.of(type).orElse(null);
    PageResult<ScreeningFollowUps.Line> result;
    if (selected == null) {
      result = new PageResult<>(List.of(), query, 0);
    } else {
      ScreeningFollowUps.Query q =
          new ScreeningFollowUps.Query(
              selected.id(),
              school,
              screening,
              which,
              priority,
              filter.unrestricted() ? null : filter.codesArray(),
              ChinaTime.today());
      result =
          new PageResult<>(
              followUps.list(q, query.size(), query.offset()), query, followUps.count(q));
    }
    audit.record(
        AuditEvent.success(
            "children.care.follow-up.list",
            "children-screening-pupil",
            null,
            result.items().size() + " 条"));
    model.addAttribute("result", result);
    model.addAttribute("rounds", rounds);
    model.addAttribute("round", selected);
    model.addAttribute("schools", programme.allSchools(filter));
    model.addAttribute("school", school);
    model.addAttribute("types", ScreeningType.values());
    model.addAttribute("type", screening);
    model.addAttribute("filters", ScreeningFollowUps.Filter.values());
    model.addAttribute("state", which);
    model.addAttribute("priority", priority);
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("canWrite", roles.has(user, ChildrenRoles.PROTECTION_WRITERS));
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here(ChildrenMenu.GROUP),
            Breadcrumb.link("关爱行动", CarePages.PATH),
            Breadcrumb.here("筛查异常随访")));
    return "children/care-follow-ups";
  }

  @PostMapping(FOLLOW_UPS + "/{pupilId}")
  String record(
      @PathVariable long pupilId,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable String doneOn,
      @RequestParam(required = false) @Nullable String outcome,
      @RequestParam(required = false) @Nullable String back,
      RedirectAttributes redirect) {
    StaffUser user = roles.require(ChildrenRoles.PROTECTION_WRITERS);
    scope.requireInScope(followUps.pupilRegion(pupilId));
    try {
      followUps.record(
          pupilId,
          type == null ? null : ScreeningType.of(type).orElse(null),
          DateField.optional("doneOn", "随访日期", doneOn, Span.HAPPENED),
          outcome,
          user.username(),
          ChinaTime.today());
      audit.record(
          AuditEvent.success(
              "children.care.follow-up",
              "children-screening-pupil",
              String.valueOf(pupilId),
              type));
      redirect.addFlashAttribute("message", "随访已登记");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:" + (back != null && back.startsWith(FOLLOW_UPS) ? back : FOLLOW_UPS);
  }

  @GetMapping(COUNTS)
  String counts(@RequestParam(required = false) @Nullable Long round, Model model) {
    roles.require(ChildrenRoles.PROTECTION);
    List<Round> rounds = programme.rounds();
    Round selected = CarePages.selected(rounds, round);
    List<Row> schools = selected == null ? List.of() : schoolRows(selected);
    model.addAttribute("rounds", rounds);
    model.addAttribute("round", selected);
    model.addAttribute("schools", schools);
    model.addAttribute("districts", CareCounts.byDistrict(schools, districtNames()));
    model.addAttribute("total", CareCounts.total(schools));
    model.addAttribute("types", ScreeningType.values());
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here(ChildrenMenu.GROUP),
            Breadcrumb.link("关爱行动", CarePages.PATH),
            Breadcrumb.here("筛查统计")));
    return "children/care-counts";
  }

  @GetMapping(COUNTS + "/export")
  ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable Long round) {
    roles.require(ChildrenRoles.PROTECTION);
    Round selected = CarePages.selected(programme.rounds(), round);
    List<Row> schools = selected == null ? List.of() : schoolRows(selected);
    audit.record(
        AuditEvent.success(
            "children.care.counts.export",
            "children-screening-round",
            selected == null ? null : String.valueOf(selected.id()),
            schools.size() + " 所学校"));
    return CareExcel.download(
        "关爱行动筛查统计.xlsx",
        CareExcel.counts(
            schools, CareCounts.byDistrict(schools, districtNames()), CareCounts.total(schools)));
  }

  private List<Row> schoolRows(Round round) {
    RegionFilter filter = scope.current();
    return counts.bySchool(
        round.id(), filter.unrestricted() ? null : filter.codesArray(), ChinaTime.today());
  }

  private Map<String, String> districtNames() {
    Map<String, String> names = new HashMap<>();
    for (RegionNode d : carePages.districts(RegionFilter.all())) {
      names.put(d.code(), d.name());
    }
    return names;
  }
}
