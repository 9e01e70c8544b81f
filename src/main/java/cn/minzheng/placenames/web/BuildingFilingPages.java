package cn.minzheng.placenames.web;

import cn.minzheng.placenames.building.BuildingFilings;
import cn.minzheng.placenames.building.BuildingFilings.BuildingName;
import cn.minzheng.placenames.building.BuildingFilings.Filer;
import cn.minzheng.placenames.building.BuildingFilings.Filing;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 住宅区、楼宇名称备案 pages: the list (paged, filtered by status and name), the form staff fill in for a
 * developer, the detail with the bureau's opinion, and the printable receipt of a filed name.
 */
@Controller
@RequestMapping("/placenames/building-filings")
class BuildingFilingPages {

  private static final String LIST = "/placenames/building-filings";

  static final Map<String, String> STATUSES = statuses();

  private final BuildingFilings filings;
  private final PlacenamesRoles roles;
  private final RegionQuery regions;
  private final AuditLog audit;

  BuildingFilingPages(
      BuildingFilings filings, PlacenamesRoles roles, RegionQuery regions, AuditLog audit) {
    this.filings = filings;
    this.roles = roles;
    this.regions = regions;
    this.audit = audit;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String dir,
      Model model) {
    StaffUser user = roles.requireStaff();
    String st = STATUSES.containsKey(status) ? status : null;
    PageQuery query =
        PageQuery.of(page, size, sort, dir == null ? "desc" : dir, BuildingFilings.SORTS, "id");
    model.addAttribute("result", filings.page(st, name, query));
    model.addAttribute("status", st == null ? "" : st);
    model.addAttribute("name", name == null ? "" : name);
    model.addAttribute("statuses", STATUSES);
    model.addAttribute("mayFile", roles.mayApply(user));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("楼宇名称备案")));
    return "placenames/building-filings";
  }

  /** The list as filtered, every row of the caller's subtree, as an Excel workbook. */
  @GetMapping("/export.xlsx")
  void export(
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String name,
      HttpServletResponse response)
      throws IOException {
    roles.requireStaff();
    List<BuildingName> rows = filings.list(STATUSES.containsKey(status) ? status : null, name);
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"building-filings.xlsx\"");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("楼宇名称备案");
      String[] headers = {
        "编号", "名称", "汉语拼音", "类别", "所在区划", "开发建设单位", "项目名称", "申报日期", "状态", "备案号", "民政部门意见"
      };
      Row head = sheet.createRow(0);
      for (int i = 0; i < headers.length; i++) {
        head.createCell(i).setCellValue(headers[i]);
      }
      for (BuildingName b : rows) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        String[] values = {
          String.valueOf(b.id()),
          b.name(),
          b.pinyin(),
          b.kind().label(),
          String.join("", regions.path(b.regionCode()).stream().map(RegionNode::name).toList()),
          b.developer(),
          b.project(),
          b.submittedOn().toString(),
          b.statusLabel(),
          b.filingNo() == null ? "" : b.filingNo(),
          b.opinion() == null ? "" : b.opinion()
        };
        for (int i = 0; i < values.length; i++) {
          row.createCell(i).setCellValue(values[i]);
        }
      }
      workbook.write(response.getOutputStream());
    }
    audit.record(
        AuditEvent.success(
            "placenames.building.export", "building_filing", "list", rows.size() + " 条"));
  }

  @GetMapping("/new")
  String form(Model model) {
    roles.requireApplicant();
    return showForm(model, new Filing(null, null, null, null, null, null, null), Map.of());
  }

  @PostMapping
  String file(
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String pinyin,
      @RequestParam(required = false) @Nullable String regionCode,
      @RequestParam(required = false) @Nullable String location,
      @RequestParam(required = false) @Nullable String developer,
      @RequestParam(required = false) @Nullable String project,
      Model model) {
    StaffUser user = roles.requireApplicant();
    Filing f = new Filing(kind, name, pinyin, regionCode, location, developer, project);
    try {
      long id = filings.file(f, new Filer(user.username(), false));
      return "redirect:" + LIST + "/" + id;
    } catch (InvalidInput e) {
      return showForm(model, f, Map.of(field(e), e.getMessage()));
    }
  }

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Model model) {
    StaffUser user = roles.requireStaff();
    return showDetail(filings.find(id), user, model, Map.of());
  }

  @PostMapping("/{id}/opinion")
  String decide(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String agreed,
      @RequestParam(required = false) @Nullable String opinion,
      @RequestParam(required = false) @Nullable String decidedOn,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = roles.requireApprover();
    try {
      if (!"true".equals(agreed) && !"false".equals(agreed)) {
        throw new InvalidInput("agreed", "请选择同意或不同意备案");
      }
      filings.decide(
          id,
          Boolean.parseBoolean(agreed),
          opinion,
          NamingPages.day("decidedOn", "意见日期", decidedOn),
          user.username());
      redirect.addFlashAttribute("message", "民政部门意见已出具");
      return "redirect:" + LIST + "/" + id;
    } catch (InvalidInput e) {
      return showDetail(filings.find(id), user, model, Map.of(field(e), e.getMessage()));
    }
  }

  /** 备案回执: printable, for a filed name only. */
  @GetMapping("/{id}/receipt")
  String receipt(@PathVariable long id, Model model) {
    roles.requireStaff();
    BuildingName b = filings.find(id);
    if (b.filingNo() == null) {
      throw new RecordNotFoundException("receipt");
    }
    model.addAttribute("b", b);
    model.addAttribute(
        "area",
        String.join("", regions.path(b.regionCode()).stream().map(RegionNode::name).toList()));
    return "placenames/building-receipt";
  }

  private String showDetail(
      BuildingName b, StaffUser user, Model model, Map<String, String> errors) {
    model.addAttribute("b", b);
    model.addAttribute("mayDecide", roles.mayApprove(user));
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("errors", errors);
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.link("楼宇名称备案", LIST), Breadcrumb.here(b.name())));
    return "placenames/building-filing";
  }

  private String showForm(Model model, Filing f, Map<String, String> errors) {
    model.addAttribute("form", f);
    model.addAttribute("kinds", BuildingFilings.KINDS.stream().sorted().toList());
    model.addAttribute("errors", errors);
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.link("楼宇名称备案", LIST), Breadcrumb.here("新增备案")));
    return "placenames/building-filing-form";
  }

  private static String field(InvalidInput e) {
    return e.field() == null ? "form" : e.field();
  }

  private static Map<String, String> statuses() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("SUBMITTED", "待出具意见");
    m.put("FILED", "已备案");
    m.put("REFUSED", "不予备案");
    return m;
  }
}
