package cn.minzheng.socialwork.web;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PeriodOfYear;
import cn.minzheng.socialwork.statistics.PeriodStatistics;
import cn.minzheng.socialwork.statistics.PeriodStatistics.DistrictPeriod;
import cn.minzheng.socialwork.workforce.Coverage;
import cn.minzheng.socialwork.workforce.Coverage.DistrictCoverage;
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

/**
 * 社工覆盖统计 by county-level unit in the caller's region, and what happened in a chosen month, quarter,
 * half year or year (people served, walk-the-process person-times, open-day visitors, conventions,
 * self-governance meetings), on the page and as Excel (audited).
 */
@Controller
class CoveragePages {

  static final String[] HEADERS = {
    "区县", "区划代码", "持证社工", "助理社会工作师", "社会工作师", "高级社会工作师", "社工机构", "社区社工岗位", "街道社工站", "社区社工室"
  };

  static final String[] PERIOD_HEADERS = {
    "区县", "区划代码", "服务对象（人）", "关爱服务（人次）", "其中计入巡访（人次）", "服务时长（小时）",
    "走流程（人次）", "完成整改措施", "开放日（场）", "开放日到场（人）", "公约通过或复审", "自治组织会议（次）"
  };

  private final Coverage coverage;
  private final PeriodStatistics periods;
  private final DataScope scope;
  private final AuditLog audit;
  private final SocialWorkAccess access;

  CoveragePages(
      Coverage coverage,
      PeriodStatistics periods,
      DataScope scope,
      AuditLog audit,
      SocialWorkAccess access) {
    this.coverage = coverage;
    this.periods = periods;
    this.scope = scope;
    this.audit = audit;
    this.access = access;
  }

  @GetMapping("/socialwork/coverage")
  String page(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer part,
      Model model) {
    access.require(SocialWorkAccess.STATISTICS);
    PeriodOfYear period = PeriodOfYear.of(kind, year, part, ChinaTime.today());
    model.addAttribute("rows", coverage.byDistrict(scope.current()));
    model.addAttribute("period", period);
    model.addAttribute("kinds", PeriodOfYear.Kind.values());
    model.addAttribute("periodRows", periods.byDistrict(scope.current(), period));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社工覆盖统计")));
    return "socialwork/coverage";
  }

  @GetMapping("/socialwork/coverage.xlsx")
  void export(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer part,
      HttpServletResponse response)
      throws IOException {
    access.require(SocialWorkAccess.STATISTICS);
    List<DistrictCoverage> rows = coverage.byDistrict(scope.current());
    PeriodOfYear period = PeriodOfYear.of(kind, year, part, ChinaTime.today());
    List<DistrictPeriod> periodRows = periods.byDistrict(scope.current(), period);
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"socialwork-coverage.xlsx\"");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("社工覆盖");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.length; i++) {
        header.createCell(i).setCellValue(HEADERS[i]);
      }
      int r = 1;
      for (DistrictCoverage c : rows) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(c.districtName());
        row.createCell(1).setCellValue(c.districtCode());
        long[] values = {
          c.workers(),
          c.assistant(),
          c.intermediate(),
          c.senior(),
          c.agencies(),
          c.posts(),
          c.streetStations(),
          c.communityStations()
        };
        for (int i = 0; i < values.length; i++) {
          row.createCell(2 + i).setCellValue(values[i]);
        }
      }
      periodSheet(workbook, period, periodRows);
      workbook.write(response.getOutputStream());
    }
    audit.record(
        AuditEvent.success(
            "socialwork.coverage.export", "export", "coverage", period + " " + rows.size() + " 行"));
  }

  /** The second sheet: what happened in the period, per district (title row, header, rows). */
  private static void periodSheet(
      XSSFWorkbook workbook, PeriodOfYear period, List<DistrictPeriod> rows) {
    Sheet sheet = workbook.createSheet("期间统计");
    sheet
        .createRow(0)
        .createCell(0)
        .setCellValue(period + "（" + period.from() + "至" + period.to() + "）");
    Row header = sheet.createRow(1);
    for (int i = 0; i < PERIOD_HEADERS.length; i++) {
      header.createCell(i).setCellValue(PERIOD_HEADERS[i]);
    }
    int r = 2;
    for (DistrictPeriod p : rows) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(p.districtName());
      row.createCell(1).setCellValue(p.districtCode());
      row.createCell(2).setCellValue(p.peopleServed());
      row.createCell(3).setCellValue(p.services());
      row.createCell(4).setCellValue(p.servicesAlsoVisits());
      row.createCell(5).setCellValue(p.serviceHours().doubleValue());
      row.createCell(6).setCellValue(p.walkPersonTimes());
      row.createCell(7).setCellValue(p.measuresDone());
      row.createCell(8).setCellValue(p.openDays());
      row.createCell(9).setCellValue(p.visitors());
      row.createCell(10).setCellValue(p.conventions());
      row.createCell(11).setCellValue(p.governanceMeetings());
    }
  }
}
