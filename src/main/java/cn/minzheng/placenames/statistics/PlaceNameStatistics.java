package cn.minzheng.placenames.statistics;

import cn.minzheng.placenames.naming.PlaceCategory;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Place-name statistics of the caller's subtree, each one grouped query: the gazetteer's names by
 * district and category; the applications by district and stage (today); the decided applications'
 * duration by category (calendar days from submission to decision, in the year); approvals and
 * building-name filings by month and district in the year.
 */
@Service
public class PlaceNameStatistics {

  /** Where an application stands; the order of the columns. */
  public static final List<String> STAGES = List.of("待综合评估", "专家论证和公众征询中", "待审批", "已批准", "不予批准");

  public record NamesRow(String district, PlaceCategory category, long count) {}

  public record StageRow(String district, String stage, long count) {}

  public record DurationRow(
      PlaceCategory category, long decided, double averageDays, int longestDays) {}

  public record MonthRow(String district, int month, long approvals, long filings) {}

  /** Everything of one year, for the page, the API and the workbook. */
  public record Report(
      int year,
      List<NamesRow> names,
      List<StageRow> stages,
      List<DurationRow> durations,
      List<MonthRow> months) {}

  private static final String SIGNIFICANT =
      Arrays.stream(PlaceCategory.values())
          .filter(c -> c.significant)
          .map(c -> "'" + c.name() + "'")
          .collect(Collectors.joining(", "));

  private final JdbcClient jdbc;
  private final DataScope scope;
  private final RegionQuery regions;

  PlaceNameStatistics(JdbcClient jdbc, DataScope scope, RegionQuery regions) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.regions = regions;
  }

  public Report report(int year) {
    RegionFilter filter = scope.current();
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    List<NamesRow> names =
        jdbc.sql(
                """
                select county_code, category, count(*) from placenames.place
                 where (:all or region_code = any(:codes))
                 group by county_code, category order by county_code, category""")
            .param("all", filter.unrestricted())
            .param("codes", filter.codesArray())
            .query(
                (rs, n) ->
                    new NamesRow(
                        district(rs.getString(1)),
                        PlaceCategory.valueOf(rs.getString(2)),
                        rs.getLong(3)))
            .list();
    List<StageRow> stages =
        jdbc.sql(
                """
                select substr(a.region_code, 1, 6) as county,
                       case when a.status = 'APPROVED' then '已批准'
                            when a.status = 'REJECTED' then '不予批准'
                            when a.category in (%s) and s.application_id is null then '待综合评估'
                            when a.consultation_closes_on >= :today then '专家论证和公众征询中'
                            else '待审批' end as stage,
                       count(*)
                  from placenames.application a
                  left join placenames.assessment s on s.application_id = a.id
                 where (:all or a.region_code = any(:codes))
                 group by 1, 2 order by 1, 2"""
                    .formatted(SIGNIFICANT))
            .param("today", ChinaTime.today())
            .param("all", filter.unrestricted())
            .param("codes", filter.codesArray())
            .query(
                (rs, n) -> new StageRow(district(rs.getString(1)), rs.getString(2), rs.getLong(3)))
            .list();
    List<DurationRow> durations =
        jdbc.sql(
                """
                select category, count(*),
                       avg(decided_on - (submitted_at at time zone 'Asia/Shanghai')::date),
                       max(decided_on - (submitted_at at time zone 'Asia/Shanghai')::date)
                  from placenames.application
                 where status <> 'SUBMITTED' and decided_on between :from and :to
                   and (:all or region_code = any(:codes))
                 group by category order by category""")
            .param("from", from)
            .param("to", to)
            .param("all", filter.unrestricted())
            .param("codes", filter.codesArray())
            .query(
                (rs, n) ->
                    new DurationRow(
                        PlaceCategory.valueOf(rs.getString(1)),
                        rs.getLong(2),
                        Math.round(rs.getDouble(3) * 10) / 10.0,
                        rs.getInt(4)))
            .list();
    List<MonthRow> months =
        jdbc.sql(
                """
                select county, month, sum(approvals), sum(filings) from (
                  select substr(region_code, 1, 6) as county, extract(month from decided_on)::int as month,
                         1 as approvals, 0 as filings
                    from placenames.application
                   where status = 'APPROVED' and decided_on between :from and :to
                     and (:all or region_code = any(:codes))
                  union all
                  select county_code, extract(month from decided_on)::int, 0, 1
                    from placenames.building_filing
                   where status = 'FILED' and decided_on between :from and :to
                     and (:all or region_code = any(:codes))) x
                 group by county, month order by county, month""")
            .param("from", from)
            .param("to", to)
            .param("all", filter.unrestricted())
            .param("codes", filter.codesArray())
            .query(
                (rs, n) ->
                    new MonthRow(
                        district(rs.getString(1)), rs.getInt(2), rs.getLong(3), rs.getLong(4)))
            .list();
    return new Report(year, names, stages, durations, months);
  }

  private String district(String county) {
    return regions.find(county + "000000").map(RegionNode::name).orElse(county);
  }
}
