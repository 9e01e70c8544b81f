package cn.minzheng.assistance.web;

import cn.minzheng.assistance.statistics.AssistanceStatistics;
import cn.minzheng.assistance.statistics.StatisticsWorkbook;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Pivot;
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
    addMonthChart(rows, start, end, model);
    addPivots(rows, model);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会救助"), Breadcrumb.here("救助统计")));
    return "assistance/statistics";
  }

  /**
   * The chart's series, one value per month of the period (months without rows are 0): people
   * (summed over areas and programmes, as the table's rows add up) and money in 万元.
   */
  private static void addMonthChart(
      List<AssistanceStatistics.Row> rows, YearMonth start, YearMonth end, Model model) {
    java.util.Map<String, Long> people = new java.util.TreeMap<>();
    java.util.Map<String, BigDecimal> money = new java.util.TreeMap<>();
    for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
      people.put(m.toString(), 0L);
      money.put(m.toString(), BigDecimal.ZERO);
    }
    for (AssistanceStatistics.Row r : rows) {
      people.merge(r.month(), r.people(), Long::sum);
      money.merge(r.month(), r.amount(), BigDecimal::add);
    }
    model.addAttribute("chartMonths", String.join(",", people.keySet()));
    model.addAttribute(
        "chartPeople",
        people.values().stream()
            .map(String::valueOf)
            .collect(java.util.stream.Collectors.joining(",")));
    model.addAttribute(
        "chartMoney",
        money.values().stream()
            .map(
                v -> v.movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
            .collect(java.util.stream.Collectors.joining(",")));
  }

  /**
   * Area × programme for the period: money (元) with the 低保 categories as lines and a subtotal per
   * area, and 人次 (each person counted once per month, as the rows add up); programmes in the
   * brief's order.
   */
  private static void addPivots(List<AssistanceStatistics.Row> rows, Model model) {
    List<String> order =
        List.of(Programme.DIBAO.label(), Programme.TEKUN.label(), Programme.LINSHI.label());
    List<AssistanceStatistics.Row> byProgramme =
        rows.stream()
            .sorted(
                java.util.Comparator.<AssistanceStatistics.Row>comparingInt(
                    r -> order.indexOf(r.programme())))
            .toList();
    model.addAttribute(
        "amountPivot",
        Pivot.of(
            byProgramme,
            AssistanceStatistics.Row::area,
            r -> r.category().isEmpty() ? "（不分类别）" : r.category(),
            AssistanceStatistics.Row::programme,
            AssistanceStatistics.Row::amount));
    model.addAttribute(
        "peoplePivot",
        Pivot.of(
            byProgramme,
            AssistanceStatistics.Row::area,
            null,
            AssistanceStatistics.Row::programme,
            r -> BigDecimal.valueOf(r.people())));
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
