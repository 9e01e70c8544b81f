package cn.minzheng.assistance.web;

import cn.minzheng.assistance.statistics.AssistanceStatistics;
import cn.minzheng.assistance.statistics.StatisticsWorkbook;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 救助统计: people and money by month, area, programme and category; Excel export (audited). */
@Controller
class AssistanceStatisticsPage {

  static final String PATH = "/assistance/statistics";

  private final AssistanceStatistics statistics;
  private final CurrentUser currentUser;
  private final AuditLog audit;

  AssistanceStatisticsPage(
      AssistanceStatistics statistics, CurrentUser currentUser, AuditLog audit) {
    this.statistics = statistics;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  @GetMapping(PATH)
  String page(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    AssistanceRoles.require(currentUser, AssistanceRoles.CASE_ROLES);
    YearMonth end = month(to, YearMonth.from(ChinaTime.today()));
    YearMonth start = month(from, end.minusMonths(5));
    var rows = statistics.rows(start, end);
    model.addAttribute("rows", rows);
    model.addAttribute("from", start);
    model.addAttribute("to", end);
    model.addAttribute(
        "totalAmount",
        rows.stream()
            .map(AssistanceStatistics.Row::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会救助"), Breadcrumb.here("救助统计")));
    return "assistance/statistics";
  }

  @GetMapping(PATH + "/export")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    AssistanceRoles.require(currentUser, AssistanceRoles.CASE_ROLES);
    YearMonth end = month(to, YearMonth.from(ChinaTime.today()));
    YearMonth start = month(from, end.minusMonths(5));
    byte[] file = StatisticsWorkbook.of(statistics.rows(start, end));
    audit.record(
        AuditEvent.success("assistance.statistics.export", "statistics", start + ".." + end, null));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(
                    "社会救助统计-" + start + "-" + end + ".xlsx",
                    java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(file);
  }

  private static YearMonth month(String value, YearMonth fallback) {
    try {
      return value == null || value.isBlank()
          ? fallback
          : PlausibleDate.parseMonth(value, PlausibleDate.Span.ANY, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      return fallback;
    }
  }
}
