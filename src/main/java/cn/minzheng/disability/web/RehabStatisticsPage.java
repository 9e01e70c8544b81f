package cn.minzheng.disability.web;

import cn.minzheng.disability.rehab.RehabStatistics;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.shared.TableWorkbook;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 精神障碍社区康复统计 per station and month, and its Excel export (audited): for the 精神康复专员 only, like every
 * page of mental-health rehabilitation, although it shows counts and no person.
 */
@Controller
class RehabStatisticsPage {

  private final RehabStatistics statistics;
  private final DisabilityAccess access;
  private final DataScope scope;
  private final AuditLog audit;

  RehabStatisticsPage(
      RehabStatistics statistics, DisabilityAccess access, DataScope scope, AuditLog audit) {
    this.statistics = statistics;
    this.access = access;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping("/disability/rehab/statistics")
  String show(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    access.require(DisabilityAccess.MENTAL);
    StatisticsPeriod period = StatisticsPeriod.of(from, to);
    var rows = statistics.rows(scope.current(), period.from(), period.to());
    model.addAttribute("from", period.from().toString());
    model.addAttribute("to", period.to().toString());
    model.addAttribute("rows", rows);
    model.addAttribute(
        "serviceTimes", rows.stream().mapToLong(RehabStatistics.Row::serviceTimes).sum());
    model.addAttribute("enrolled", rows.stream().mapToLong(RehabStatistics.Row::enrolled).sum());
    model.addAttribute("ended", rows.stream().mapToLong(RehabStatistics.Row::ended).sum());
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("残疾人福利"),
            Breadcrumb.link("精神障碍社区康复", "/disability/rehab"),
            Breadcrumb.here("康复统计")));
    return "disability/rehab-statistics";
  }

  @GetMapping("/disability/rehab/statistics/export")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    access.require(DisabilityAccess.MENTAL);
    StatisticsPeriod period = StatisticsPeriod.of(from, to);
    List<List<?>> rows =
        statistics.rows(scope.current(), period.from(), period.to()).stream()
            .<List<?>>map(
                r ->
                    List.of(
                        r.month().toString().substring(0, 7),
                        r.stationName(),
                        r.capacity(),
                        r.enrolled(),
                        r.ended(),
                        r.openAtMonthEnd(),
                        r.serviceTimes(),
                        r.serviceMinutes()))
            .toList();
    audit.record(
        AuditEvent.success(
            "disability.rehab.statistics.export",
            "statistics",
            period.toString(),
            rows.size() + " 行"));
    return Downloads.xlsx(
        "精神障碍社区康复统计-" + period.from() + "-" + period.to(),
        new TableWorkbook()
            .sheet(
                "康复统计", List.of("月份", "站点", "容量", "新纳入", "结束", "月末在册", "服务人次", "服务时长（分钟）"), rows));
  }
}
