package cn.minzheng.monitoring.web;

import cn.minzheng.monitoring.warnings.Warning;
import cn.minzheng.monitoring.warnings.WarningStates;
import cn.minzheng.monitoring.warnings.Warnings;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.shared.CsvCell;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 导出: the warnings of the caller's scope as CSV (UTF-8 with BOM for Excel). No ID numbers; audited
 * with the row count.
 */
@Controller
class WarningExport {

  static final int MAX_ROWS = 50_000;

  private final Warnings warnings;
  private final RegionHierarchy regions;
  private final AuditLog audit;
  private final MonitoringAccess access;

  WarningExport(
      Warnings warnings, RegionHierarchy regions, AuditLog audit, MonitoringAccess access) {
    this.warnings = warnings;
    this.regions = regions;
    this.audit = audit;
    this.access = access;
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
