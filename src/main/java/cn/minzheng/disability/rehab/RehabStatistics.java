package cn.minzheng.disability.rehab;

import cn.minzheng.platform.RegionFilter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 精神障碍社区康复统计 per station and month inside a region subtree: enrolments begun, enrolments ended,
 * persons enrolled at the month's end, service records (人次; the brief: 4.64万 in a half year) and
 * their minutes. Counts only, no person; the role check is the page's (精神康复专员).
 */
@Service
public class RehabStatistics {

  private final JdbcClient jdbc;

  RehabStatistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Row(
      LocalDate month,
      long stationId,
      String stationName,
      String regionCode,
      int capacity,
      long enrolled,
      long ended,
      long openAtMonthEnd,
      long serviceTimes,
      long serviceMinutes) {}

  public List<Row> rows(RegionFilter scope, YearMonth from, YearMonth to) {
    return jdbc.sql(
            """
            select m.month, s.id as station_id, s.name as station_name, s.region_code, s.capacity,
                   (select count(*) from disability.rehab_enrolment e where e.station_id = s.id
                      and e.enrolled_on >= m.month
                      and e.enrolled_on < m.month + interval '1 month') as enrolled,
                   (select count(*) from disability.rehab_enrolment e where e.station_id = s.id
                      and e.ended_on >= m.month
                      and e.ended_on < m.month + interval '1 month') as ended,
                   (select count(*) from disability.rehab_enrolment e where e.station_id = s.id
                      and e.enrolled_on < m.month + interval '1 month'
                      and (e.ended_on is null or e.ended_on >= m.month + interval '1 month'))
                     as open_at_month_end,
                   coalesce(v.times, 0) as service_times, coalesce(v.minutes, 0) as service_minutes
              from disability.rehab_station s
             cross join (select cast(g as date) as month
                           from generate_series(cast(:from as date), cast(:to as date),
                                                interval '1 month') g) m
              left join (select e.station_id, date_trunc('month', r.served_on)::date as month,
                                count(*) as times, sum(r.minutes) as minutes
                           from disability.rehab_service r
                           join disability.rehab_enrolment e on e.id = r.enrolment_id
                          where r.served_on between :from and :last
                          group by 1, 2) v on v.station_id = s.id and v.month = m.month
             where (:all or s.region_code = any(:codes))
             order by m.month, s.region_code, s.name""")
        .param("from", from.atDay(1))
        .param("to", to.atDay(1))
        .param("last", to.atEndOfMonth())
        .param("all", scope.unrestricted())
        .param("codes", scope.codesArray())
        .query(Row.class)
        .list();
  }
}
