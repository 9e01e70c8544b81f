package cn.minzheng.placenames.web;

import cn.minzheng.placenames.statistics.PlaceNameStatistics;
import cn.minzheng.placenames.statistics.PlaceNameStatistics.Report;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.shared.ChinaTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 地名统计: the page, its Excel workbook (one sheet per table) and the API, of the caller's subtree,
 * for a year (default this one). Every staff member may read it.
 */
@Controller
@Tag(name = "地名 · 统计")
class StatisticsPages {

  private final PlaceNameStatistics statistics;
  private final PlacenamesRoles roles;
  private final AuditLog audit;

  StatisticsPages(PlaceNameStatistics statistics, PlacenamesRoles roles, AuditLog audit) {
    this.statistics = statistics;
    this.roles = roles;
    this.audit = audit;
  }

  @GetMapping("/placenames/statistics")
  String page(@RequestParam(required = false) @Nullable Integer year, Model model) {
    roles.requireStaff();
    model.addAttribute("report", statistics.report(year(year)));
    model.addAttribute("stages", PlaceNameStatistics.STAGES);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("地名统计")));
    return "placenames/statistics";
  }

  @Operation(summary = "地名统计（辖区内，按年）")
  @GetMapping("/api/v1/placenames/statistics")
  @ResponseBody
  Report api(@RequestParam(required = false) @Nullable Integer year) {
    roles.requireStaff();
    return statistics.report(year(year));
  }

  @GetMapping("/placenames/statistics.xlsx")
  void workbook(
      @RequestParam(required = false) @Nullable Integer year, HttpServletResponse response)
      throws IOException {
    roles.requireStaff();
    Report r = statistics.report(year(year));
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"placenames-" + r.year() + ".xlsx\"");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet names = sheet(workbook, "地名库", "区县", "地名类别", "地名数");
      for (var row : r.names()) {
        line(names, row.district(), row.category().label(), row.count());
      }
      Sheet stages = sheet(workbook, "申请阶段", "区县", "阶段", "申请数");
      for (var row : r.stages()) {
        line(stages, row.district(), row.stage(), row.count());
      }
      Sheet durations = sheet(workbook, r.year() + "年办理时长", "地名类别", "办结数", "平均天数", "最长天数");
      for (var row : r.durations()) {
        line(
            durations, row.category().label(), row.decided(), row.averageDays(), row.longestDays());
      }
      Sheet months = sheet(workbook, r.year() + "年逐月", "区县", "月份", "地名批准数", "楼宇名称备案数");
      for (var row : r.months()) {
        line(months, row.district(), row.month(), row.approvals(), row.filings());
      }
      workbook.write(response.getOutputStream());
    }
    audit.record(
        AuditEvent.success(
            "placenames.statistics.export", "statistics", String.valueOf(r.year()), ""));
  }

  private static int year(@Nullable Integer year) {
    int now = ChinaTime.today().getYear();
    return year == null || year < 2000 || year > now ? now : year;
  }

  private static Sheet sheet(XSSFWorkbook workbook, String name, String... headers) {
    Sheet sheet = workbook.createSheet(name);
    Row row = sheet.createRow(0);
    for (int i = 0; i < headers.length; i++) {
      row.createCell(i).setCellValue(headers[i]);
    }
    return sheet;
  }

  private static void line(Sheet sheet, Object... values) {
    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Number n) {
        row.createCell(i).setCellValue(n.doubleValue());
      } else {
        row.createCell(i).setCellValue(String.valueOf(values[i]));
      }
    }
  }
}
