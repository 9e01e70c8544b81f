package cn.minzheng.cockpit;

import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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

  private static RegionValue regionValue(ResultSet rs, int n) throws SQLException {
    boolean rate = rs.getMetaData().getColumnCount() > 2;
    return new RegionValue(
        rs.getString("region_code"),
        rs.getBigDecimal("value"),
        rate ? rs.getBigDecimal("base") : java.math.BigDecimal.ZERO);
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
