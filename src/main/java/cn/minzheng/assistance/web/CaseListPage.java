package cn.minzheng.assistance.web;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.cases.CaseQueries;
import cn.minzheng.assistance.cases.CaseQueries.Criteria;
import cn.minzheng.assistance.cases.CaseState;
import cn.minzheng.assistance.statistics.CaseListWorkbook;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.shared.ChinaTime;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 救助案件: the case list of the caller's region, filtered by state, programme and text. */
@Controller
class CaseListPage {

  static final String PATH = "/assistance/cases";

  private final CaseQueries queries;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final RegionHierarchy regions;

  CaseListPage(
      CaseQueries queries, CurrentUser currentUser, AuditLog audit, RegionHierarchy regions) {
    this.regions = regions;
    this.queries = queries;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  /** The list as Excel, with the same filters; always inside the caller's scope; audited. */
  @GetMapping(PATH + "/export")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) List<CaseState> state,
      @RequestParam(required = false) AssistanceType type,
      @RequestParam(required = false) String q,
      @RequestParam(required = false, defaultValue = "false") boolean overdue) {
    AssistanceRoles.require(currentUser, AssistanceRoles.CASE_ROLES);
    var rows =
        queries.export(
            new Criteria(state == null ? List.of() : state, type, q, overdue), ChinaTime.today());
    audit.record(
        AuditEvent.success("assistance.case.export", "assistance-case", null, rows.size() + " 条"));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("救助案件.xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(CaseListWorkbook.of(rows, regions::nameOf));
  }

  @GetMapping(PATH)
  String list(
      @RequestParam(required = false) List<CaseState> state,
      @RequestParam(required = false) AssistanceType type,
      @RequestParam(required = false) String q,
      @RequestParam(required = false, defaultValue = "false") boolean overdue,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    AssistanceRoles.require(currentUser, AssistanceRoles.CASE_ROLES);
    PageQuery pageQuery = PageQuery.of(page, size, sort, dir, CaseQueries.SORTS, "applied_on");
    var today = ChinaTime.today();
    model.addAttribute(
        "result",
        queries.search(
            new Criteria(state == null ? List.of() : state, type, q, overdue), pageQuery, today));
    model.addAttribute("today", today);
    model.addAttribute("states", CaseState.values());
    model.addAttribute("types", AssistanceType.values());
    model.addAttribute("selectedStates", state == null ? List.of() : state);
    model.addAttribute("type", type);
    model.addAttribute("q", q);
    model.addAttribute("overdue", overdue);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会救助"), Breadcrumb.here("救助案件")));
    return "assistance/cases";
  }
}
