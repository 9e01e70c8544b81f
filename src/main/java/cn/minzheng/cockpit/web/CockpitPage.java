package cn.minzheng.cockpit.web;

import cn.minzheng.cockpit.FigureRecord;
import cn.minzheng.cockpit.FigureSpec;
import cn.minzheng.cockpit.headline.Comparison;
import cn.minzheng.cockpit.headline.Drilldown;
import cn.minzheng.cockpit.headline.FigureRow;
import cn.minzheng.cockpit.headline.Figures;
import cn.minzheng.cockpit.headline.Headline;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 民政数据驾驶舱: the headline of a period and region (the user's own subtree), a figure by child region
 * (district, street), the list of people or cases behind it (audited, paged), and each of them as
 * Excel.
 */
@Controller
class CockpitPage {

  static final String PATH = "/cockpit";

  /** The longest list an Excel export of records carries (pages of 100). */
  static final int EXPORT_PAGES = 100;

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final Figures figures;
  private final CockpitAccess access;
  private final RegionQuery regions;
  private final RegionHierarchy hierarchy;
  private final AuditLog audit;

  CockpitPage(
      Figures figures,
      CockpitAccess access,
      RegionQuery regions,
      RegionHierarchy hierarchy,
      AuditLog audit) {
    this.figures = figures;
    this.access = access;
    this.regions = regions;
    this.hierarchy = hierarchy;
    this.audit = audit;
  }

  @GetMapping(PATH)
  String headline(CockpitQuery query, Model model) {
    StaffUser user = access.viewer();
    PeriodChoice choice = query.choice();
    Headline headline = figures.headline(choice.period(), access.region(user, query.region()));
    model.addAttribute("headline", headline);
    model.addAttribute("choice", choice);
    model.addAttribute("fmt", FigureFormat.INSTANCE);
    model.addAttribute("regionOptions", regionOptions(user));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("驾驶舱")));
    return "cockpit/headline";
  }

  @GetMapping(PATH + "/figures/{code}")
  String drill(@PathVariable String code, CockpitQuery query, Model model) {
    StaffUser user = access.viewer();
    PeriodChoice choice = query.choice();
    Comparison comparison =
        figures.compare(code, choice.period(), access.region(user, query.region()));
    Drilldown drill = comparison.drill();
    model.addAttribute("drill", drill);
    model.addAttribute("comparison", comparison);
    model.addAttribute("choice", choice);
    model.addAttribute("fmt", FigureFormat.INSTANCE);
    model.addAttribute("mayList", drill.hasRecords() && CockpitAccess.mayReadLists(user));
    model.addAttribute("path", pathWithin(drill.path(), user.regionCode()));
    model.addAttribute("drillable", drill.region().level().below() != RegionLevel.COMMUNITY);
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.link("驾驶舱", PATH + "?" + choice.query()),
            Breadcrumb.here(drill.total().spec().label())));
    return "cockpit/drill";
  }

  @GetMapping(PATH + "/figures/{code}/records")
  String records(
      @PathVariable String code,
      CockpitQuery query,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Model model) {
    StaffUser user = access.listReader();
    PeriodChoice choice = query.choice();
    String regionCode = access.region(user, query.region());
    FigureSpec spec = figures.figure(code).spec();
    PageQuery pageQuery = PageQuery.of(page, size, null, null, Set.of(), "default");
    PageResult<FigureRecord> result = figures.records(code, choice.period(), regionCode, pageQuery);
    audit.record(
        AuditEvent.success(
            "cockpit.records.list",
            "figure",
            code,
            "区划 " + regionCode + "，" + choice.period() + "，第" + pageQuery.page() + "页"));
    model.addAttribute("spec", spec);
    model.addAttribute("result", result);
    model.addAttribute("choice", choice);
    model.addAttribute("region", figures.region(regionCode));
    model.addAttribute("hierarchy", hierarchy);
    model.addAttribute("fmt", FigureFormat.INSTANCE);
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.link("驾驶舱", PATH + "?" + choice.query()),
            Breadcrumb.link(
                spec.label(),
                PATH + "/figures/" + code + "?region=" + regionCode + "&" + choice.query()),
            Breadcrumb.here("名单")));
    return "cockpit/records";
  }

  @GetMapping(PATH + "/export")
  ResponseEntity<byte[]> exportHeadline(CockpitQuery query) {
    StaffUser user = access.viewer();
    PeriodChoice choice = query.choice();
    Headline headline = figures.headline(choice.period(), access.region(user, query.region()));
    List<List<Object>> rows = new ArrayList<>();
    headline.rows().forEach(r -> rows.add(figureRow(r.spec().briefRow().label(), r)));
    headline
        .notConnected()
        .forEach(
            row -> rows.add(List.of(row.label(), "尚未接入", "", "", "", "", "", row.awaitedModule())));
    audit.record(
        AuditEvent.success(
            "cockpit.export", "headline", headline.region().code(), choice.period().toString()));
    return xlsx(
        "驾驶舱-" + headline.region().name() + "-" + choice.label(),
        CockpitWorkbook.of(
            "民政指标",
            title(choice, headline.region().name(), FigureFormat.INSTANCE.asOf(headline.asOf())),
            List.of("业务条线", "指标", "单位", "数值", "上年同期", "同比（%）", "数据截至", "来源模块"),
            rows));
  }

  /** The figures section of the half-year report, printable (PDF, the font embedded). */
  @GetMapping(PATH + "/report.pdf")
  ResponseEntity<byte[]> report(CockpitQuery query) {
    StaffUser user = access.viewer();
    PeriodChoice choice = query.choice();
    Headline headline = figures.headline(choice.period(), access.region(user, query.region()));
    audit.record(
        AuditEvent.success(
            "cockpit.report", "headline", headline.region().code(), choice.period().toString()));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(
                    "民政主要数据-" + headline.region().name() + "-" + choice.label() + ".pdf",
                    StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(MediaType.APPLICATION_PDF)
        .body(ReportPdf.of(headline, choice.label(), FigureFormat.INSTANCE));
  }

  @GetMapping(PATH + "/figures/{code}/export")
  ResponseEntity<byte[]> exportDrill(@PathVariable String code, CockpitQuery query) {
    StaffUser user = access.viewer();
    PeriodChoice choice = query.choice();
    Drilldown drill = figures.drill(code, choice.period(), access.region(user, query.region()));
    List<List<Object>> rows = new ArrayList<>();
    drill.rows().forEach(r -> rows.add(figureRow(r.name(), r)));
    rows.add(figureRow("合计", drill.total()));
    audit.record(
        AuditEvent.success(
            "cockpit.export",
            "figure",
            code,
            "区划 " + drill.region().code() + "，" + choice.period()));
    FigureSpec spec = drill.total().spec();
    return xlsx(
        spec.label() + "-" + drill.region().name() + "-" + choice.label(),
        CockpitWorkbook.of(
            "分区划",
            title(
                choice,
                drill.region().name() + " " + spec.label(),
                FigureFormat.INSTANCE.asOf(drill.total().asOf())),
            List.of("区划", "指标", "单位", "数值", "上年同期", "同比（%）", "数据截至", "来源模块"),
            rows));
  }

  @GetMapping(PATH + "/figures/{code}/records/export")
  ResponseEntity<byte[]> exportRecords(@PathVariable String code, CockpitQuery query) {
    StaffUser user = access.listReader();
    PeriodChoice choice = query.choice();
    String regionCode = access.region(user, query.region());
    FigureSpec spec = figures.figure(code).spec();
    List<List<Object>> rows = new ArrayList<>();
    for (int page = 1; page <= EXPORT_PAGES; page++) {
      PageResult<FigureRecord> result =
          figures.records(
              code, choice.period(), regionCode, new PageQuery(page, 100, "default", true));
      result
          .items()
          .forEach(
              r ->
                  rows.add(
                      java.util.Arrays.asList(
                          r.reference(),
                          r.name(),
                          hierarchy.nameOf(r.regionCode()),
                          r.when(),
                          r.detail(),
                          r.value())));
      if (!result.hasNext()) {
        break;
      }
    }
    audit.record(
        AuditEvent.success(
            "cockpit.records.export",
            "figure",
            code,
            "区划 " + regionCode + "，" + choice.period() + "，" + rows.size() + "条"));
    String regionName = hierarchy.nameOf(regionCode);
    return xlsx(
        spec.label() + "名单-" + regionName + "-" + choice.label(),
        CockpitWorkbook.of(
            "名单",
            title(choice, regionName + " " + spec.label() + " 名单", ""),
            List.of("编号", "姓名/名称", "区划", "时间", "说明", "数值"),
            rows));
  }

  /** The user's own node and the nodes one level below it: the region choices of the form. */
  private List<RegionNode> regionOptions(StaffUser user) {
    List<RegionNode> options = new ArrayList<>();
    regions.find(user.regionCode()).ifPresent(options::add);
    regions.children(user.regionCode()).stream()
        .filter(n -> !n.retiredOn(ChinaTime.today()))
        .forEach(options::add);
    return options;
  }

  /** The breadcrumb of regions from the user's own node down: nodes above it would be refused. */
  private static List<RegionNode> pathWithin(List<RegionNode> path, String userRegion) {
    for (int i = 0; i < path.size(); i++) {
      if (path.get(i).code().equals(userRegion)) {
        return path.subList(i, path.size());
      }
    }
    return path.subList(path.size() - 1, path.size());
  }

  private static List<Object> figureRow(String first, FigureRow r) {
    List<Object> row = new ArrayList<>();
    row.add(first);
    row.add(r.spec().label());
    row.add(r.spec().measure() == cn.minzheng.cockpit.Measure.MONEY ? "元" : r.spec().unit());
    row.add(r.value());
    row.add(r.yearBefore());
    row.add(r.changePercent());
    row.add(FigureFormat.INSTANCE.asOf(r.asOf()));
    row.add(r.spec().module());
    return row;
  }

  private static String title(PeriodChoice choice, String what, String asOf) {
    return what
        + "，"
        + choice.label()
        + "（"
        + choice.period()
        + "）"
        + (asOf.isEmpty() ? "" : "，数据截至 " + asOf);
  }

  private static ResponseEntity<byte[]> xlsx(String name, byte[] file) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name + ".xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(XLSX)
        .body(file);
  }
}
