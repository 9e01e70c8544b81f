package cn.minzheng.cockpit.web;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Period;
import cn.minzheng.cockpit.headline.Comparison;
import cn.minzheng.cockpit.headline.FigureRow;
import cn.minzheng.cockpit.headline.Figures;
import cn.minzheng.cockpit.headline.Headline;
import cn.minzheng.cockpit.headline.Trend;
import cn.minzheng.platform.ServiceAccountAuthentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cockpit's figures for the city's government dashboard and other systems: a service account
 * with the scope {@code cockpit:figures} reads the whole city; staff who may see the cockpit read
 * their own subtree (a region outside it answers 404).
 */
@RestController
class CockpitApi {

  static final String SCOPE = "cockpit:figures";
  static final String CITY = "510100000000";

  /** Longer periods are a report of several years, not a dashboard question. */
  static final int MAX_DAYS = 3 * 366;

  private final Figures figures;
  private final CockpitAccess access;

  CockpitApi(Figures figures, CockpitAccess access) {
    this.figures = figures;
    this.access = access;
  }

  @Operation(
      summary = "驾驶舱指标",
      description =
          "期间（含首尾两日）与区划子树内的全部指标、上年同期值及尚未接入的简报条线。"
              + "金额单位为元；人数按期末月在保计。服务账号需授权范围 cockpit:figures（全市）；"
              + "工作人员（市级管理员、区县审批人、审计员）限本人区划子树。",
      responses = {
        @ApiResponse(responseCode = "200", description = "指标"),
        @ApiResponse(
            responseCode = "400",
            description = "参数错误，errors 列出字段",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class))),
        @ApiResponse(responseCode = "404", description = "区划不存在或不在调用方范围内")
      })
  @GetMapping("/api/v1/cockpit/figures")
  FiguresAnswer figures(
      @Parameter(description = "起始日期 YYYY-MM-DD", example = "2026-01-01")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "截止日期 YYYY-MM-DD（含）", example = "2026-06-30")
          @RequestParam(required = false)
          String to,
      @Parameter(description = "12位区划代码，缺省为调用方所属区划", example = "510104000000")
          @RequestParam(required = false)
          String region,
      Authentication auth) {
    String code = scopedRegion(auth, region);
    Headline headline = figures.headline(period(from, to), code);
    return FiguresAnswer.of(headline);
  }

  @Operation(
      summary = "指标月度走势",
      description =
          "截至期间末月的12个月内每个指标的逐月数值（headline 的迷你走势图与低保、特困、高龄月度图表）。"
              + "codes 缺省为全部指标。金额单位为元；人数类指标为当月在保人数。",
      responses = {
        @ApiResponse(responseCode = "200", description = "逐月数值"),
        @ApiResponse(
            responseCode = "400",
            description = "参数错误，errors 列出字段",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class))),
        @ApiResponse(responseCode = "404", description = "区划不存在或不在调用方范围内")
      })
  @GetMapping("/api/v1/cockpit/trend")
  TrendAnswer trend(
      @Parameter(description = "起始日期 YYYY-MM-DD", example = "2026-01-01")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "截止日期 YYYY-MM-DD（含），走势取其所在月及之前11个月", example = "2026-06-30")
          @RequestParam(required = false)
          String to,
      @Parameter(description = "12位区划代码，缺省为调用方所属区划", example = "510104000000")
          @RequestParam(required = false)
          String region,
      @Parameter(description = "指标代码，逗号分隔，缺省为全部", example = "dibao-money,dibao-people")
          @RequestParam(required = false)
          String codes,
      Authentication auth) {
    String code = scopedRegion(auth, region);
    Period period = period(from, to);
    Set<String> chosen =
        codes == null || codes.isBlank()
            ? Set.of()
            : Arrays.stream(codes.split(",")).map(String::trim).collect(Collectors.toSet());
    Trend trend = figures.trend(period, code, chosen);
    return new TrendAnswer(
        code,
        trend.months().stream().map(YearMonth::toString).toList(),
        trend.series().stream()
            .map(
                s ->
                    new SeriesAnswer(
                        s.spec().code(),
                        s.spec().label(),
                        s.spec().measure().name(),
                        s.spec().unit(),
                        s.values()))
            .toList(),
        trend.asOf());
  }

  @Operation(
      summary = "指标分区划对比（每千人）",
      description =
          "一个指标在区划下一级各区划的数值、上年同期、登记在世居住人口及每千人数值，"
              + "供地图着色和大小区县对比。人口为每晚按户籍登记库统计，residentsCountedAt 为统计时间。",
      responses = {
        @ApiResponse(responseCode = "200", description = "各下级区划"),
        @ApiResponse(
            responseCode = "400",
            description = "参数错误，errors 列出字段",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class))),
        @ApiResponse(responseCode = "404", description = "指标或区划不存在，或区划不在调用方范围内")
      })
  @GetMapping("/api/v1/cockpit/figures/{code}/regions")
  RegionsAnswer regions(
      @Parameter(description = "指标代码", example = "dibao-money") @PathVariable String code,
      @Parameter(description = "起始日期 YYYY-MM-DD", example = "2026-01-01")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "截止日期 YYYY-MM-DD（含）", example = "2026-06-30")
          @RequestParam(required = false)
          String to,
      @Parameter(description = "12位区划代码，缺省为调用方所属区划", example = "510100000000")
          @RequestParam(required = false)
          String region,
      Authentication auth) {
    String regionCode = scopedRegion(auth, region);
    Comparison c = figures.compare(code, period(from, to), regionCode);
    FigureRow total = c.drill().total();
    return new RegionsAnswer(
        total.spec().code(),
        total.spec().label(),
        total.spec().measure().name(),
        total.spec().unit(),
        c.drill().region().code(),
        c.drill().region().level().below() == null
            ? null
            : c.drill().region().level().below().name(),
        total.value(),
        total.asOf(),
        c.residentsCountedAt(),
        c.rows().stream()
            .map(
                r ->
                    new RegionAnswer(
                        r.row().regionCode(),
                        r.row().name(),
                        r.row().value(),
                        r.row().yearBefore(),
                        r.row().changePercent(),
                        r.residents(),
                        r.perThousand()))
            .toList());
  }

  /** The region a caller asked for, checked against its reach (404 outside it). */
  private String scopedRegion(Authentication auth, String region) {
    String root = callerRegion(auth);
    if (region != null && !region.matches("[0-9]{12}")) {
      throw invalid("region", "区划代码应为12位数字");
    }
    return auth instanceof ServiceAccountAuthentication
        ? (region == null ? root : region)
        : access.region(access.viewer(), region);
  }

  /** The node a caller reads by default: the city for a service account, else the staff's own. */
  private String callerRegion(Authentication auth) {
    if (auth instanceof ServiceAccountAuthentication account) {
      if (!account.hasScope(SCOPE)) {
        throw new AccessDeniedException("scope " + SCOPE + " required");
      }
      return CITY;
    }
    return access.viewer().regionCode();
  }

  private static Period period(String from, String to) {
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (end.isBefore(start)) {
      throw invalid("to", "截止日期不能早于起始日期");
    }
    if (end.toEpochDay() - start.toEpochDay() >= MAX_DAYS) {
      throw invalid("to", "期间最长三年");
    }
    return new Period(start, end);
  }

  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      throw invalid(field, "必须提供，格式 YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw invalid(field, "日期格式应为 YYYY-MM-DD");
    }
  }

  /** A 400 problem detail naming the field, as the platform's validation errors do. */
  private static ErrorResponseException invalid(String field, String message) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求参数无效。");
    problem.setTitle("数据校验失败");
    problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  record FiguresAnswer(
      LocalDate from,
      LocalDate to,
      String region,
      String regionName,
      Instant asOf,
      List<FigureAnswer> figures,
      List<NotConnected> notConnected) {

    static FiguresAnswer of(Headline h) {
      List<FigureAnswer> rows = new ArrayList<>();
      for (FigureRow r : h.rows()) {
        rows.add(
            new FigureAnswer(
                r.spec().code(),
                r.spec().label(),
                r.spec().measure().name(),
                r.spec().unit(),
                r.spec().briefRow().name(),
                r.spec().module(),
                r.value(),
                r.yearBefore(),
                r.changePercent(),
                r.asOf()));
      }
      return new FiguresAnswer(
          h.period().from(),
          h.period().to(),
          h.region().code(),
          h.region().name(),
          h.asOf(),
          rows,
          h.notConnected().stream().map(NotConnected::of).toList());
    }
  }

  /** {@code asOf}: the oldest time the values were current (past months: the night's summary). */
  record TrendAnswer(String region, List<String> months, List<SeriesAnswer> series, Instant asOf) {}

  record SeriesAnswer(
      String code, String label, String measure, String unit, List<BigDecimal> values) {}

  record RegionsAnswer(
      String code,
      String label,
      String measure,
      String unit,
      String region,
      String childLevel,
      BigDecimal total,
      Instant asOf,
      Instant residentsCountedAt,
      List<RegionAnswer> regions) {}

  record RegionAnswer(
      String code,
      String name,
      BigDecimal value,
      BigDecimal yearBefore,
      BigDecimal changePercent,
      long residents,
      BigDecimal perThousand) {}

  record FigureAnswer(
      String code,
      String label,
      String measure,
      String unit,
      String briefRow,
      String module,
      BigDecimal value,
      BigDecimal yearBefore,
      BigDecimal changePercent,
      Instant asOf) {}

  record NotConnected(String briefRow, String label, String briefFigure, String awaitedModule) {

    static NotConnected of(BriefRow row) {
      return new NotConnected(row.name(), row.label(), row.briefFigure(), row.awaitedModule());
    }
  }
}
