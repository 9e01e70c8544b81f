package cn.minzheng.cockpit;

import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A figure counted by one SQL statement of the owning module over its own tables, so that a module
 * writes its query and nothing else. The statements take these named parameters:
 *
 * <ul>
 *   <li>{@code :from}, {@code :to} — the period's days (dates, inclusive); {@code :fromMonth},
 *       {@code :toMonth} — the first days of its first and last months; {@code :start}, {@code
 *       :end} — its Beijing start and end as instants (end exclusive), for timestamps;
 *   <li>{@code :all} and {@code :codes} — the region subtree: {@code (:all or region_code =
 *       any(:codes))};
 *   <li>records only: {@code :limit}, {@code :offset}.
 * </ul>
 *
 * The values statement selects {@code region_code, value} (and {@code base} for a rate); the
 * records statement selects {@code reference, name, region_code, happened, detail, value} and
 * {@code count(*) over () as total}.
 */
public final class SqlFigure implements Figure {

  /** The named period parameters of a values statement (not a {@code ::cast}). */
  private static final Pattern PERIOD_PARAMETER =
      Pattern.compile("(?<!:):(fromMonth|toMonth|from|to|start|end)\\b");

  private static final String EACH_PERIOD =
      """
      select cockpit_period_bounds.period_index, v.*
        from unnest(cast(:pFrom as date[]), cast(:pTo as date[]), cast(:pFromMonth as date[]),
                    cast(:pToMonth as date[]), cast(:pStart as timestamptz[]),
                    cast(:pEnd as timestamptz[]))
             with ordinality as cockpit_period_bounds(p_from, p_to, p_from_month, p_to_month, p_start, p_end,
                                  period_index)
       cross join lateral (%s) v""";

  private final JdbcClient jdbc;
  private final FigureSpec spec;
  private final String valuesSql;
  private final String recordsSql;

  private SqlFigure(JdbcClient jdbc, FigureSpec spec, String valuesSql, String recordsSql) {
    this.jdbc = jdbc;
    this.spec = spec;
    this.valuesSql = valuesSql;
    this.recordsSql = recordsSql;
  }

  public static SqlFigure of(JdbcClient jdbc, FigureSpec spec, String valuesSql) {
    return new SqlFigure(jdbc, spec, valuesSql, null);
  }

  /** The same figure with the list of what is behind it. */
  public SqlFigure withRecords(String sql) {
    return new SqlFigure(jdbc, spec, valuesSql, sql);
  }

  @Override
  public FigureSpec spec() {
    return spec;
  }

  @Override
  public FigureValues values(Period period, RegionFilter regions) {
    return FigureValues.live(
        jdbc.sql(valuesSql)
            .params(parameters(period, regions))
            .query(SqlFigure::regionValue)
            .list());
  }

  /**
   * Every period in one statement: the values statement runs once per period as a lateral subquery
   * over the periods' bounds (its period parameters replaced by the bounds' columns).
   * CockpitTrendReportTest checks every contributed figure against its months counted one by one.
   */
  @Override
  public List<FigureValues> valuesOfEach(List<Period> periods, RegionFilter regions) {
    Map<String, Object> params = parameters(periods.get(0), regions);
    params.put("pFrom", texts(periods, p -> p.from().toString()));
    params.put("pTo", texts(periods, p -> p.to().toString()));
    params.put("pFromMonth", texts(periods, p -> p.firstMonth().atDay(1).toString()));
    params.put("pToMonth", texts(periods, p -> p.lastMonth().atDay(1).toString()));
    params.put("pStart", texts(periods, p -> p.start().toString()));
    params.put("pEnd", texts(periods, p -> p.endExclusive().toString()));
    List<List<RegionValue>> byPeriod = new ArrayList<>();
    periods.forEach(p -> byPeriod.add(new ArrayList<>()));
    jdbc.sql(
            EACH_PERIOD.formatted(
                PERIOD_PARAMETER.matcher(valuesSql).replaceAll(SqlFigure::column)))
        .params(params)
        .query(
            (RowCallbackHandler)
                rs -> byPeriod.get(rs.getInt("period_index") - 1).add(regionValue(rs, 0)));
    return byPeriod.stream().map(FigureValues::live).toList();
  }

  @Override
  public boolean hasRecords() {
    return recordsSql != null;
  }

  @Override
  public PageResult<FigureRecord> records(Period period, RegionFilter regions, PageQuery page) {
    if (recordsSql == null) {
      return Figure.super.records(period, regions, page);
    }
    Map<String, Object> params = parameters(period, regions);
    params.put("limit", page.size());
    params.put("offset", page.offset());
    long[] total = {0};
    List<FigureRecord> rows =
        jdbc.sql(recordsSql)
            .params(params)
            .query(
                (rs, n) -> {
                  total[0] = rs.getLong("total");
                  return record(rs);
                })
            .list();
    if (rows.isEmpty() && page.offset() > 0) {
      // beyond the last page no row carries the count: ask for the first row only
      params.put("limit", 1);
      params.put("offset", 0);
      jdbc.sql(recordsSql).params(params).query((rs, n) -> total[0] = rs.getLong("total")).list();
    }
    return new PageResult<>(rows, page, total[0]);
  }

  private static Map<String, Object> parameters(Period period, RegionFilter regions) {
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("from", period.from());
    params.put("to", period.to());
    params.put("fromMonth", period.firstMonth().atDay(1));
    params.put("toMonth", period.lastMonth().atDay(1));
    params.put("start", OffsetDateTime.ofInstant(period.start(), ZoneOffset.UTC));
    params.put("end", OffsetDateTime.ofInstant(period.endExclusive(), ZoneOffset.UTC));
    params.put("all", regions.unrestricted());
    params.put("codes", regions.codesArray());
    return params;
  }

  private static String column(MatchResult parameter) {
    return switch (parameter.group(1)) {
      case "fromMonth" -> "cockpit_period_bounds.p_from_month";
      case "toMonth" -> "cockpit_period_bounds.p_to_month";
      case "from" -> "cockpit_period_bounds.p_from";
      case "to" -> "cockpit_period_bounds.p_to";
      case "start" -> "cockpit_period_bounds.p_start";
      default -> "cockpit_period_bounds.p_end";
    };
  }

  private static String[] texts(List<Period> periods, Function<Period, String> bound) {
    return periods.stream().map(bound).toArray(String[]::new);
  }

  private static RegionValue regionValue(ResultSet rs, int n) throws SQLException {
    boolean rate = hasColumn(rs, "base");
    return new RegionValue(
        rs.getString("region_code"),
        rs.getBigDecimal("value"),
        rate ? rs.getBigDecimal("base") : java.math.BigDecimal.ZERO);
  }

  private static boolean hasColumn(ResultSet rs, String name) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      if (name.equalsIgnoreCase(meta.getColumnLabel(i))) {
        return true;
      }
    }
    return false;
  }

  private static FigureRecord record(ResultSet rs) throws SQLException {
    return new FigureRecord(
        rs.getString("reference"),
        rs.getString("name"),
        rs.getString("region_code"),
        rs.getString("happened"),
        rs.getString("detail"),
        rs.getBigDecimal("value"));
  }
}
