package cn.minzheng.rescue.web;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.rescue.statistics.RescueStatistics.ExitRow;
import cn.minzheng.rescue.statistics.RescueStatistics.MonthRow;
import cn.minzheng.rescue.statistics.RescueStatistics.UnitRow;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 救助统计: person-times per month, station, district and exit, on the page and as Excel. */
@Controller
class RescueStatisticsPage {

  private static final String[] UNIT_HEADERS = {"名称", "救助人次", "护送返乡", "长期安置", "自行离站", "死亡", "在站"};

  private final RescueReport report;
  private final RescueAccess access;
  private final DataScope scope;
  private final AuditLog audit;

  RescueStatisticsPage(RescueReport report, RescueAccess access, DataScope scope, AuditLog audit) {
    this.report = report;
    this.access = access;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping("/rescue/statistics")
  String show(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    access.require(RescueAccess.STATISTICS);
    model.addAttribute("r", report.of(scope.current(), from, to));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("救助管理"), Breadcrumb.here("救助统计")));
    return "rescue/statistics";
  }

  @GetMapping("/rescue/statistics.xlsx")
  void export(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      HttpServletResponse response)
      throws IOException {
    access.require(RescueAccess.STATISTICS);
    RescueReport.Report r = report.of(scope.current(), from, to);
    audit.record(
        AuditEvent.success(
            "rescue.statistics.export", "rescue_statistics", r.from() + ".." + r.to(), null));
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"rescue-statistics.xlsx\"");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet months = workbook.createSheet("按月");
      row(months, 0, "月份", "救助人次", "其中身份不明", "超期");
      int i = 1;
      for (MonthRow m : r.months()) {
        Row row = row(months, i++, m.month());
        row.createCell(1).setCellValue(m.personTimes());
        row.createCell(2).setCellValue(m.unidentified());
        row.createCell(3).setCellValue(m.overdue());
      }
      units(workbook.createSheet("按救助站"), r.stations());
      units(workbook.createSheet("按区县"), r.districts());
      Sheet exits = workbook.createSheet("按离站方式");
      row(exits, 0, "离站方式", "救助人次");
      i = 1;
      for (ExitRow e : r.exits()) {
        row(exits, i++, e.label()).createCell(1).setCellValue(e.personTimes());
      }
      workbook.write(response.getOutputStream());
    }
  }

  private static void units(Sheet sheet, List<UnitRow> rows) {
    row(sheet, 0, UNIT_HEADERS);
    int i = 1;
    for (UnitRow u : rows) {
      Row row = row(sheet, i++, u.name());
      long[] values = {u.personTimes(), u.returnedHome(), u.placed(), u.left(), u.died(), u.open()};
      for (int c = 0; c < values.length; c++) {
        row.createCell(c + 1).setCellValue(values[c]);
      }
    }
  }

  private static Row row(Sheet sheet, int index, String... texts) {
    Row row = sheet.createRow(index);
    for (int c = 0; c < texts.length; c++) {
      row.createCell(c).setCellValue(texts[c]);
    }
    return row;
  }
}
