package cn.minzheng.organisations.web;

import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.organisations.register.OrganisationStatus;
import cn.minzheng.organisations.statistics.OrganisationStatistics;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.RegionHierarchy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 社会组织统计 and its Excel export, scoped to the caller's region; aggregates only. */
@Controller
class OrganisationStatisticsPage {

  private final OrganisationAccess access;
  private final OrganisationStatistics statistics;
  private final DataScope scope;
  private final RegionHierarchy regions;
  private final AuditLog audit;

  OrganisationStatisticsPage(
      OrganisationAccess access,
      OrganisationStatistics statistics,
      DataScope scope,
      RegionHierarchy regions,
      AuditLog audit) {
    this.access = access;
    this.statistics = statistics;
    this.scope = scope;
    this.regions = regions;
    this.audit = audit;
  }

  @GetMapping("/organisations/statistics")
  String show(Model model) {
    access.require(OrganisationAccess.STATISTICS);
    RegionFilter filter = scope.current();
    model.addAttribute("byDistrict", statistics.byDistrict(filter));
    model.addAttribute("byYear", statistics.listingsByYear(filter));
    model.addAttribute("zombies", statistics.zombies(filter));
    model.addAttribute("regions", regions);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会组织"), Breadcrumb.here("社会组织统计")));
    return "organisations/statistics";
  }

  @GetMapping("/organisations/statistics/export")
  ResponseEntity<byte[]> export() throws IOException {
    access.require(OrganisationAccess.STATISTICS);
    RegionFilter filter = scope.current();
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s1 = book.createSheet("按区县类型状态");
      row(s1, 0, "区（市）县", "类型", "登记状态", "数量");
      int r = 1;
      for (var d : statistics.byDistrict(filter)) {
        Row row =
            row(
                s1,
                r++,
                regions.nameOf(d.district()),
                OrganisationKind.labelOf(d.kind()),
                OrganisationStatus.labelOf(d.status()));
        row.createCell(3).setCellValue(d.count());
      }
      Sheet s2 = book.createSheet("信用名录按年");
      row(s2, 0, "年份", "名录", "列入", "移出");
      r = 1;
      for (var y : statistics.listingsByYear(filter)) {
        Row row = row(s2, r++, "" + y.year(), "ABNORMAL".equals(y.list()) ? "活动异常名录" : "严重违法失信名单");
        row.createCell(2).setCellValue(y.listed());
        row.createCell(3).setCellValue(y.removed());
      }
      Sheet s3 = book.createSheet("僵尸型组织清理");
      row(s3, 0, "区（市）县", "待确认", "已清理");
      r = 1;
      for (var z : statistics.zombies(filter)) {
        Row row = row(s3, r++, regions.nameOf(z.district()));
        row.createCell(1).setCellValue(z.proposed());
        row.createCell(2).setCellValue(z.confirmed());
      }
      book.write(out);
      audit.record(
          AuditEvent.success(
              "organisations.statistics.export", "statistics", "organisations", null));
      return ResponseEntity.ok()
          .contentType(
              MediaType.parseMediaType(
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment()
                  .filename("社会组织统计.xlsx", java.nio.charset.StandardCharsets.UTF_8)
                  .build()
                  .toString())
          .body(out.toByteArray());
    }
  }

  private static Row row(Sheet sheet, int index, String... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      row.createCell(i).setCellValue(values[i]);
    }
    return row;
  }
}
