package cn.minzheng.socialwork.web;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
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

/** 社工覆盖统计 by county-level unit in the caller's region, on the page and as Excel (audited). */
@Controller
class CoveragePages {

  static final String[] HEADERS = {
    "区县", "区划代码", "持证社工", "助理社会工作师", "社会工作师", "高级社会工作师", "社工机构", "社区社工岗位", "街道社工站", "社区社工室"
  };

  private final Coverage coverage;
  private final DataScope scope;
  private final AuditLog audit;
  private final SocialWorkAccess access;

  CoveragePages(Coverage coverage, DataScope scope, AuditLog audit, SocialWorkAccess access) {
    this.coverage = coverage;
    this.scope = scope;
    this.audit = audit;
    this.access = access;
  }

  @GetMapping("/socialwork/coverage")
  String page(Model model) {
    access.require(SocialWorkAccess.STATISTICS);
    model.addAttribute("rows", coverage.byDistrict(scope.current()));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社工覆盖统计")));
    return "socialwork/coverage";
  }

  @GetMapping("/socialwork/coverage.xlsx")
  void export(HttpServletResponse response) throws IOException {
    access.require(SocialWorkAccess.STATISTICS);
    List<DistrictCoverage> rows = coverage.byDistrict(scope.current());
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
      workbook.write(response.getOutputStream());
    }
    audit.record(
        AuditEvent.success("socialwork.coverage.export", "export", "coverage", rows.size() + " 行"));
  }
}
