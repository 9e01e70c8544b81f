package cn.minzheng.children.web;

import cn.minzheng.children.protection.Network;
import cn.minzheng.children.protection.Network.Coverage;
import cn.minzheng.children.statistics.ChildrenStatistics;
import cn.minzheng.children.statistics.ChildrenStatistics.PaidRow;
import cn.minzheng.children.statistics.ChildrenStatistics.StageRow;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.DateField;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.Pivot;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 儿童福利统计: person-times and money per month, category and district, the protection network's
 * coverage counts and protection cases by stage, inside the caller's scope; Excel and the API give
 * the same figures. Aggregates only: the child-protection roles, the county and the city.
 */
@Controller
class ChildrenStatisticsPage {

  static final String PATH = "/children/statistics";

  private final ChildrenStatistics statistics;
  private final Network network;
  private final ChildrenRoles roles;
  private final DataScope scope;
  private final RegionQuery regions;
  private final AuditLog audit;

  ChildrenStatisticsPage(
      ChildrenStatistics statistics,
      Network network,
      ChildrenRoles roles,
      DataScope scope,
      RegionQuery regions,
      AuditLog audit) {
    this.statistics = statistics;
    this.network = network;
    this.roles = roles;
    this.scope = scope;
    this.regions = regions;
    this.audit = audit;
  }

  /** Totals of one category (or of all) over the period. */
  public record Total(String label, long personTimes, BigDecimal money) {}

  public record Figures(
      YearMonth from,
      YearMonth to,
      List<PaidRow> paid,
      List<Total> byCategory,
      Total total,
      List<Coverage> coverage,
      List<StageRow> protectionByStage) {}

  @GetMapping(PATH)
  String show(
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      Model model) {
    roles.require(ChildrenRoles.PROTECTION);
    Map<String, String> errors = new LinkedHashMap<>();
    Figures figures;
    try {
      figures = figures(from, to);
    } catch (InvalidInput e) {
      errors.putAll(PageErrors.of(e));
      figures = figures(null, null);
    }
    Map<String, String> names = districtNames();
    model.addAttribute("f", figures);
    model.addAttribute("errors", errors);
    model.addAttribute("districtNames", names);
    model.addAttribute(
        "paidPivot",
        Pivot.of(
            figures.paid().stream()
                .sorted(java.util.Comparator.comparing(PaidRow::districtCode))
                .toList(),
            r -> names.getOrDefault(r.districtCode(), r.districtCode()),
            null,
            PaidRow::categoryLabel,
            PaidRow::money));
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.here(ChildrenMenu.GROUP), Breadcrumb.here("儿童福利统计")));
    return "children/statistics";
  }

  @GetMapping(PATH + "/export")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to) {
    roles.require(ChildrenRoles.PROTECTION);
    Figures f = figures(from, to);
    audit.record(
        AuditEvent.success(
            "children.statistics.export", "children-statistics", null, f.from() + "~" + f.to()));
    return CareExcel.download("儿童福利统计.xlsx", workbook(f, districtNames()));
  }

  Figures figures(@Nullable String from, @Nullable String to) {
    YearMonth now = YearMonth.from(ChinaTime.today());
    YearMonth end = month(to, "to", now);
    YearMonth start = month(from, "from", end.minusMonths(5));
    if (start.isAfter(end)) {
      throw new InvalidInput("from", "起始月不能晚于截止月");
    }
    if (start.plusMonths(35).isBefore(end)) {
      throw new InvalidInput("from", "统计期间最长36个月");
    }
    RegionFilter filter = scope.current();
    String[] codes = filter.unrestricted() ? null : filter.codesArray();
    List<PaidRow> paid = statistics.paid(start, end, codes);
    Map<String, Total> byCategory = new LinkedHashMap<>();
    long times = 0;
    BigDecimal money = BigDecimal.ZERO;
    for (PaidRow r : paid) {
      byCategory.merge(
          r.category(),
          new Total(r.categoryLabel(), r.personTimes(), r.money()),
          (a, b) ->
              new Total(a.label(), a.personTimes() + b.personTimes(), a.money().add(b.money())));
      times += r.personTimes();
      money = money.add(r.money());
    }
    return new Figures(
        start,
        end,
        paid,
        List.copyOf(byCategory.values()),
        new Total("合计", times, money),
        network.coverage(d -> NetworkPages.visible(scope, d), ChinaTime.today()),
        statistics.protectionByStage(codes));
  }

  private static YearMonth month(@Nullable String text, String field, YearMonth otherwise) {
    YearMonth month = DateField.optionalMonth(field, "from".equals(field) ? "起始月" : "截止月", text);
    return month == null ? otherwise : month;
  }

  private Map<String, String> districtNames() {
    Map<String, String> names = new HashMap<>();
    for (RegionNode n : regions.all()) {
      if (n.code().endsWith("000000")) {
        names.put(n.code(), n.name());
      }
    }
    return names;
  }

  static byte[] workbook(Figures f, Map<String, String> districtNames) {
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet paid = wb.createSheet("人次与金额");
      header(paid, "月份", "类别", "区县", "人次", "金额（元）");
      int r = 1;
      for (PaidRow p : f.paid()) {
        Row x = paid.createRow(r++);
        x.createCell(0).setCellValue(p.yearMonth().toString());
        x.createCell(1).setCellValue(p.categoryLabel());
        x.createCell(2)
            .setCellValue(districtNames.getOrDefault(p.districtCode(), p.districtCode()));
        x.createCell(3).setCellValue(p.personTimes());
        x.createCell(4).setCellValue(p.money().doubleValue());
      }
      for (Total t : f.byCategory()) {
        Row x = paid.createRow(r++);
        x.createCell(0).setCellValue(f.from() + "～" + f.to());
        x.createCell(1).setCellValue(t.label());
        x.createCell(2).setCellValue("小计");
        x.createCell(3).setCellValue(t.personTimes());
        x.createCell(4).setCellValue(t.money().doubleValue());
      }
      Row total = paid.createRow(r);
      total.createCell(0).setCellValue(f.from() + "～" + f.to());
      total.createCell(1).setCellValue("合计");
      total.createCell(3).setCellValue(f.total().personTimes());
      total.createCell(4).setCellValue(f.total().money().doubleValue());

      Sheet coverage = wb.createSheet("保护网络覆盖");
      header(coverage, "区县", "保护中心", "街道", "工作站", "有儿童督导员", "社区", "服务点", "有儿童主任");
      r = 1;
      for (Coverage c : f.coverage()) {
        Row x = coverage.createRow(r++);
        x.createCell(0).setCellValue(c.districtName());
        x.createCell(1).setCellValue(c.centres());
        x.createCell(2).setCellValue(c.streets());
        x.createCell(3).setCellValue(c.workstations());
        x.createCell(4).setCellValue(c.supervisors());
        x.createCell(5).setCellValue(c.communities());
        x.createCell(6).setCellValue(c.points());
        x.createCell(7).setCellValue(c.directors());
      }
      Sheet stages = wb.createSheet("保护个案阶段");
      header(stages, "阶段", "个案数");
      r = 1;
      for (StageRow s : f.protectionByStage()) {
        Row x = stages.createRow(r++);
        x.createCell(0).setCellValue(s.stageLabel());
        x.createCell(1).setCellValue(s.cases());
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      wb.dispose();
    }
  }

  private static void header(Sheet sheet, String... names) {
    Row h = sheet.createRow(0);
    for (int i = 0; i < names.length; i++) {
      h.createCell(i).setCellValue(names[i]);
    }
  }
}
