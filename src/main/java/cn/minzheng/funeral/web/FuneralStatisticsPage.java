package cn.minzheng.funeral.web;

import cn.minzheng.funeral.statistics.FuneralStatistics;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import cn.minzheng.shared.TableWorkbook;
import java.nio.charset.StandardCharsets;
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

/**
 * 殡葬统计: subsidies per month, group and district; memorial hall use; both as Excel. Aggregates only.
 */
@Controller
class FuneralStatisticsPage {

  private final FuneralStatistics statistics;
  private final FuneralAccess access;
  private final DataScope scope;
  private final AuditLog audit;

  FuneralStatisticsPage(
      FuneralStatistics statistics, FuneralAccess access, DataScope scope, AuditLog audit) {
    this.statistics = statistics;
    this.access = access;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping("/funeral/statistics")
  String show(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    access.require(FuneralAccess.STATISTICS);
    YearMonth last = month(to, YearMonth.from(ChinaTime.today()));
    YearMonth first = month(from, last.minusMonths(5));
    if (first.isAfter(last)) {
      first = last;
    }
    model.addAttribute("from", first.toString());
    model.addAttribute("to", last.toString());
    model.addAttribute("totals", statistics.totals(scope.current(), first, last));
    model.addAttribute("rows", statistics.subsidies(scope.current(), first, last));
    model.addAttribute("halls", statistics.hallUse(scope.current(), first, last));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("殡葬管理"), Breadcrumb.here("殡葬统计")));
    return "funeral/statistics";
  }

  /** The same figures as an Excel workbook (subsidies, hall use), audited. */
  @GetMapping("/funeral/statistics/export")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    access.require(FuneralAccess.STATISTICS);
    YearMonth last = month(to, YearMonth.from(ChinaTime.today()));
    YearMonth first = month(from, last.minusMonths(5));
    if (first.isAfter(last)) {
      first = last;
    }
    RegionFilter region = scope.current();
    List<List<?>> subsidies =
        statistics.subsidies(region, first, last).stream()
            .<List<?>>map(
                r ->
                    List.of(
                        YearMonth.from(r.month()),
                        r.districtName(),
                        r.beneficiaryGroup().label(),
                        r.families(),
                        r.money()))
            .toList();
    List<List<?>> halls =
        statistics.hallUse(region, first, last).stream()
            .<List<?>>map(
                h ->
                    List.of(YearMonth.from(h.month()), h.kind().label(), h.ceremonies(), h.slots()))
            .toList();
    byte[] file =
        new TableWorkbook()
            .sheet("殡葬补贴", List.of("月份", "区（市）县", "对象类别", "户数", "金额（元）"), subsidies)
            .sheet("告别厅使用", List.of("月份", "告别厅类型", "告别仪式（场）", "开放时段"), halls)
            .bytes();
    audit.record(
        AuditEvent.success(
            "funeral.statistics.export",
            "statistics",
            first + ".." + last,
            subsidies.size() + " 行"));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("殡葬统计-" + first + "-" + last + ".xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(MediaType.parseMediaType(TableWorkbook.CONTENT_TYPE))
        .body(file);
  }

  static YearMonth month(String text, YearMonth fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      // an absurd month (year 0001, 9999) is read as no month, like an unreadable one
      return PlausibleDate.parseMonth(text, PlausibleDate.Span.ANY, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      return fallback;
    }
  }
}
