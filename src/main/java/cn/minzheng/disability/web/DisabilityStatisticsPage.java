package cn.minzheng.disability.web;

import cn.minzheng.disability.statistics.DisabilityStatistics;
import cn.minzheng.disability.statistics.DisabilityStatistics.Filter;
import cn.minzheng.disability.statistics.DisabilityStatistics.SubsidyRow;
import cn.minzheng.disability.subsidy.Subsidy;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.Pivot;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.shared.TableWorkbook;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 残疾人福利统计: the two subsidies per month, subsidy, grade, category and district (paged, filtered by
 * subsidy and grade), month totals, and the use of the rental devices per item and point; all of it
 * as Excel (audited). Aggregates of the caller's region subtree only.
 */
@Controller
class DisabilityStatisticsPage {

  private final DisabilityStatistics statistics;
  private final DisabilityAccess access;
  private final DataScope scope;
  private final AuditLog audit;

  DisabilityStatisticsPage(
      DisabilityStatistics statistics, DisabilityAccess access, DataScope scope, AuditLog audit) {
    this.statistics = statistics;
    this.access = access;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping("/disability/statistics")
  String show(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String subsidy,
      @RequestParam(required = false) Integer grade,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    access.require(DisabilityAccess.STATISTICS);
    Filter filter = filter(from, to, subsidy, grade);
    RegionFilter region = scope.current();
    PageQuery query = PageQuery.of(page, size, sort, dir, DisabilityStatistics.SORTS, "month");
    model.addAttribute("from", filter.from().toString());
    model.addAttribute("to", filter.to().toString());
    model.addAttribute("subsidy", filter.subsidy() == null ? null : filter.subsidy().name());
    model.addAttribute("grade", filter.grade());
    model.addAttribute("subsidies", Subsidy.values());
    model.addAttribute("grades", List.of(1, 2, 3, 4));
    model.addAttribute("totals", statistics.monthTotals(region, filter));
    model.addAttribute("result", statistics.subsidies(region, filter, query));
    addPivots(statistics.allSubsidies(region, filter), model);
    model.addAttribute(
        "utilisation",
        statistics.utilisation(region, filter.from().atDay(1), filter.to().atEndOfMonth()));
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.here("残疾人福利"), Breadcrumb.here("残疾人福利统计")));
    return "disability/statistics";
  }

  /**
   * District × subsidy for the period: money with the disability categories as lines and a subtotal
   * per district, and 人次 (each person once per paid month).
   */
  private static void addPivots(List<SubsidyRow> rows, Model model) {
    List<SubsidyRow> ordered =
        rows.stream()
            .sorted(
                Comparator.comparingInt((SubsidyRow r) -> r.subsidy().ordinal())
                    .thenComparing(SubsidyRow::districtCode))
            .toList();
    model.addAttribute(
        "moneyPivot",
        Pivot.of(
            ordered,
            SubsidyRow::districtName,
            SubsidyRow::categoryLabel,
            SubsidyRow::subsidyLabel,
            SubsidyRow::money));
    model.addAttribute(
        "personsPivot",
        Pivot.of(
            ordered,
            SubsidyRow::districtName,
            null,
            SubsidyRow::subsidyLabel,
            r -> BigDecimal.valueOf(r.persons())));
  }

  @GetMapping("/disability/statistics/export")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String subsidy,
      @RequestParam(required = false) Integer grade) {
    access.require(DisabilityAccess.STATISTICS);
    Filter filter = filter(from, to, subsidy, grade);
    RegionFilter region = scope.current();
    List<List<?>> rows =
        statistics.allSubsidies(region, filter).stream()
            .<List<?>>map(
                r ->
                    List.of(
                        r.month().toString().substring(0, 7),
                        r.subsidyLabel(),
                        r.districtName(),
                        r.categoryLabel(),
                        r.grade() + "级",
                        r.persons(),
                        r.money()))
            .toList();
    List<List<?>> totals =
        statistics.monthTotals(region, filter).stream()
            .<List<?>>map(
                t ->
                    List.of(
                        t.month().toString().substring(0, 7),
                        t.subsidyLabel(),
                        t.persons(),
                        t.money()))
            .toList();
    List<List<?>> devices =
        statistics.utilisation(region, filter.from().atDay(1), filter.to().atEndOfMonth()).stream()
            .<List<?>>map(
                u ->
                    List.of(
                        u.pointName(),
                        u.kind(),
                        u.itemName(),
                        u.units(),
                        u.rentedNow(),
                        u.handedOut(),
                        u.rentalDays(),
                        u.utilisationPercent()))
            .toList();
    TableWorkbook workbook =
        new TableWorkbook()
            .sheet("两项补贴", List.of("月份", "补贴", "区（市）县", "残疾类别", "等级", "人次", "金额（元）"), rows)
            .sheet("月度合计", List.of("月份", "补贴", "人次", "金额（元）"), totals)
            .sheet(
                "辅具租赁利用率",
                List.of("服务点", "类别", "辅具", "在册件数", "当前在租", "期间发放次数", "期间租用天数", "利用率（%）"),
                devices);
    audit.record(
        AuditEvent.success(
            "disability.statistics.export",
            "statistics",
            filter.from() + ".." + filter.to(),
            rows.size() + " 行"));
    return Downloads.xlsx("残疾人福利统计-" + filter.from() + "-" + filter.to(), workbook);
  }

  private static Filter filter(
      @Nullable String from,
      @Nullable String to,
      @Nullable String subsidy,
      @Nullable Integer grade) {
    StatisticsPeriod period = StatisticsPeriod.of(from, to);
    Subsidy which =
        Arrays.stream(Subsidy.values())
            .filter(s -> s.name().equals(subsidy))
            .findFirst()
            .orElse(null);
    Integer safeGrade = grade != null && grade >= 1 && grade <= 4 ? grade : null;
    return new Filter(period.from(), period.to(), which, safeGrade);
  }
}
