package cn.minzheng.monitoring.warnings;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.shared.ChinaTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Warnings counted by rule, by region (street) and by outcome, inside the caller's scope. */
@Service
public class WarningStatistics {

  private final JdbcClient jdbc;
  private final DataScope scope;

  WarningStatistics(JdbcClient jdbc, DataScope scope) {
    this.jdbc = jdbc;
    this.scope = scope;
  }

  /**
   * The counts of the warnings raised in the months {@code from} to {@code to} (Beijing time;
   * either end open when null).
   */
  public List<Count> by(String dimension, @Nullable YearMonth from, @Nullable YearMonth to) {
    String expression =
        switch (dimension) {
          case "rule" -> "r.label";
          case "region" -> "substr(w.region_code, 1, 9) || '000'";
          default -> "coalesce(w.disposal, w.state)";
        };
    RegionFilter filter = scope.current();
    return jdbc.sql(
            ("select %s as k, count(*) as total, count(*) filter (where w.state <> 'CLOSED') as open"
                    + " from monitoring.warning w join monitoring.warning_rule r on r.code = w.rule_code"
                    + " where (? or w.region_code = any(?))"
                    + " and (cast(? as timestamptz) is null or w.raised_at >= ?)"
                    + " and (cast(? as timestamptz) is null or w.raised_at < ?)"
                    + " group by 1 order by 2 desc")
                .formatted(expression))
        .params(
            filter.unrestricted(),
            filter.codesArray(),
            start(from),
            start(from),
            start(to == null ? null : to.plusMonths(1)),
            start(to == null ? null : to.plusMonths(1)))
        .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2), rs.getLong(3)))
        .list();
  }

  private static @Nullable OffsetDateTime start(@Nullable YearMonth month) {
    return month == null ? null : month.atDay(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
  }

  public record Count(String key, long total, long open) {}
}
