package cn.minzheng.elderly.web;

import cn.minzheng.elderly.allowance.CheckStatus;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.CsvCell;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 导出 of the existence-check status (masked names, the caller's region only), audited. */
@Controller
class CheckExport {

  static final int MAX_ROWS = 100_000;

  private final CheckStatus checks;
  private final DataScope scope;
  private final AuditLog audit;
  private final ElderlyAccess access;

  CheckExport(CheckStatus checks, DataScope scope, AuditLog audit, ElderlyAccess access) {
    this.checks = checks;
    this.scope = scope;
    this.audit = audit;
    this.access = access;
  }

  @GetMapping("/elderly/allowance/checks/export")
  ResponseEntity<byte[]> export() {
    access.require(ElderlyMenu.STAFF);
    var rows = checks.list(scope.current(), YearMonth.from(ChinaTime.today()), false, MAX_ROWS);
    StringBuilder csv = new StringBuilder("\uFEFF人员编号,姓名,区划,最近认证,应认证月份,逾期,暂停月数\n");
    rows.forEach(
        r ->
            csv.append(r.personId())
                .append(',')
                .append(CsvCell.of(r.maskedName()))
                .append(',')
                .append(r.regionCode())
                .append(',')
                .append(r.lastCheck() == null ? "" : r.lastCheck())
                .append(',')
                .append(r.dueMonth())
                .append(',')
                .append(r.overdue() ? "是" : "否")
                .append(',')
                .append(r.suspendedMonths())
                .append('\n'));
    audit.record(
        AuditEvent.success("elderly.checks.export", "export", "checks", rows.size() + " 行"));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"existence-checks.csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }
}
