package cn.minzheng.rescue.statistics;

import cn.minzheng.platform.RegionFilter;
import cn.minzheng.rescue.intake.ExitKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Person-times (救助人次: one per intake, by the month of admission) per month, station, district and
 * exit, in the caller's region subtree; each a single grouped query.
 */
@Service
public class RescueStatistics {

  private static final String PERIOD =
      """
      i.admitted_on >= :from and i.admitted_on < :until
      and (:all or i.region_code = any(:codes))""";

  private final JdbcClient jdbc;

  RescueStatistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A month: person-times, of them unidentified at intake, and stays beyond their limit. */
  public record MonthRow(String month, long personTimes, long unidentified, long overdue) {}

  /** A station or district: person-times and how the stays ended (open ones: in the station). */
  public record UnitRow(
      String code,
      String name,
      long personTimes,
      long returnedHome,
      long placed,
      long left,
      long died,
      long open) {}

  public record ExitRow(String exitKind, String label, long personTimes) {}

  public List<MonthRow> months(RegionFilter scope, YearMonth from, YearMonth to) {
    return bind(
            jdbc.sql(
                """
                select to_char(m, 'YYYY-MM') as month,
                       count(i.id) as person_times,
                       count(i.id) filter (where u.id is not null) as unidentified,
                       count(i.id) filter (where coalesce(i.exited_on, current_date) >
                                                 coalesce(i.extended_until, i.admitted_on + 9))
                         as overdue
                  from generate_series(cast(:from as date), cast(:until as date) - 1,
                                       interval '1 month') m
                  left join rescue.intake i
                    on date_trunc('month', i.admitted_on) = m and %s
                  left join rescue.unidentified u on u.id = i.unidentified_id
                 group by m order by m"""
                    .formatted(PERIOD)),
            scope,
            from,
            to)
        .query(MonthRow.class)
        .list();
  }

  public List<UnitRow> stations(RegionFilter scope, YearMonth from, YearMonth to) {
    return units("cast(s.id as text)", "s.name", scope, from, to);
  }

  /** By district: the county part of the station's region (the city station under the city). */
  public List<UnitRow> districts(RegionFilter scope, YearMonth from, YearMonth to) {
    return units("substr(i.region_code, 1, 6) || '000000'", "''", scope, from, to);
  }

  public List<ExitRow> exits(RegionFilter scope, YearMonth from, YearMonth to) {
    List<ExitRow> rows =
        bind(
                jdbc.sql(
                    """
                    select coalesce(i.exit_kind, 'OPEN') as exit_kind, count(*) as person_times
                      from rescue.intake i where %s group by 1 order by 1"""
                        .formatted(PERIOD)),
                scope,
                from,
                to)
            .query((rs, n) -> new ExitRow(rs.getString(1), label(rs.getString(1)), rs.getLong(2)))
            .list();
    return rows;
  }

  public long total(RegionFilter scope, YearMonth from, YearMonth to) {
    return bind(jdbc.sql("select count(*) from rescue.intake i where " + PERIOD), scope, from, to)
        .query(Long.class)
        .single();
  }

  private List<UnitRow> units(
      String key, String name, RegionFilter scope, YearMonth from, YearMonth to) {
    return bind(
            jdbc.sql(
                """
                select %s as code, min(%s) as name, count(*) as person_times,
                       count(*) filter (where i.exit_kind = 'RETURNED_HOME') as returned_home,
                       count(*) filter (where i.exit_kind = 'PLACED') as placed,
                       count(*) filter (where i.exit_kind = 'LEFT') as left,
                       count(*) filter (where i.exit_kind = 'DIED') as died,
                       count(*) filter (where i.exit_kind is null) as open
                  from rescue.intake i join rescue.station s on s.id = i.station_id
                 where %s
                 group by 1 order by 1"""
                    .formatted(key, name, PERIOD)),
            scope,
            from,
            to)
        .query(UnitRow.class)
        .list();
  }

  private static String label(String exitKind) {
    return "OPEN".equals(exitKind) ? "在站" : ExitKind.valueOf(exitKind).label();
  }

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec spec, RegionFilter scope, YearMonth from, YearMonth to) {
    LocalDate first = from.atDay(1);
    LocalDate until = to.plusMonths(1).atDay(1);
    return spec.param("from", first)
        .param("until", until)
        .param("all", scope.unrestricted())
        .param("codes", scope.codesArray());
  }
}
