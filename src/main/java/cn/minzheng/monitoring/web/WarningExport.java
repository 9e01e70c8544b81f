package cn.minzheng.monitoring.web;

import cn.minzheng.monitoring.warnings.Warning;
import cn.minzheng.monitoring.warnings.WarningStates;
import cn.minzheng.monitoring.warnings.Warnings;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.PersonNames;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.shared.CsvCell;
import cn.minzheng.shared.TableWorkbook;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 导出: the warnings of the caller's scope as an Excel workbook with the list page's filters (state,
 * level, 本级承办), and as CSV (UTF-8 with BOM) for the older links. Persons by name, no ID numbers;
 * audited with the row count.
 */
@Controller
class WarningExport {

  static final int MAX_ROWS = 50_000;

  private final Warnings warnings;
  private final RegionHierarchy regions;
  private final PersonNames names;
  private final AuditLog audit;
  private final MonitoringAccess access;

  WarningExport(
      Warnings warnings,
      RegionHierarchy regions,
      PersonNames names,
      AuditLog audit,
      MonitoringAccess access) {
    this.warnings = warnings;
    this.names = names;
    this.regions = regions;
    this.audit = audit;
    this.access = access;
  }

  @GetMapping("/monitoring/warnings/export.xlsx")
  ResponseEntity<byte[]> excel(
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable String level,
      @RequestParam(defaultValue = "false") boolean mine) {
    var user = access.requireCaseStaff();
    List<Warning> rows = warnings.list(WarningPages.filter(state, level, mine, user), MAX_ROWS);
    byte[] xlsx =
        new TableWorkbook()
            .sheet(
                "预警",
                List.of("编号", "等级", "规则", "对象", "社区", "承办", "状态", "处置", "预警时间", "处置期限", "升级次数"),
                rows.stream()
                    .map(
                        w ->
                            Arrays.<Object>asList(
                                w.id(),
                                WarningStates.label(w.level()),
                                w.ruleLabel(),
                                names.personName(w.personId()).orElse(""),
                                regions.nameOf(w.regionCode()),
                                regions.nameOf(w.assigneeRegionCode()),
                                WarningStates.label(w.state()),
                                WarningStates.label(w.disposal()),
                                w.raisedAt(),
                                w.deadline().toString(),
                                w.escalations()))
                    .toList())
            .bytes();
    audit.record(
        AuditEvent.success("monitoring.warning.export", "warning", null, "rows " + rows.size()));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(TableWorkbook.CONTENT_TYPE))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("预警.xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(xlsx);
  }

  @GetMapping("/monitoring/warnings/export.csv")
  void export(@RequestParam(required = false) String state, HttpServletResponse response)
      throws IOException {
    access.requireCaseStaff();
    List<Warning> rows = warnings.list(state == null || state.isBlank() ? null : state, MAX_ROWS);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"warnings.csv\"");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    PrintWriter out = response.getWriter();
    out.write('\uFEFF');
    out.println("编号,等级,规则,社区,承办,状态,处置,处置期限,升级次数");
    for (Warning w : rows) {
      out.println(
          String.join(
              ",",
              String.valueOf(w.id()),
              WarningStates.label(w.level()),
              CsvCell.of(w.ruleLabel()),
              CsvCell.of(regions.nameOf(w.regionCode())),
              CsvCell.of(regions.nameOf(w.assigneeRegionCode())),
              WarningStates.label(w.state()),
              WarningStates.label(w.disposal()),
              w.deadline().toString(),
              String.valueOf(w.escalations())));
    }
    out.flush();
    audit.record(
        AuditEvent.success("monitoring.warning.export", "warning", null, "rows " + rows.size()));
  }
}
