package cn.minzheng.socialwork.statistics;

import cn.minzheng.platform.RegionFilter;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.PeriodOfYear;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What happened in a period, per county-level unit (the first six digits of a region code): people
 * served by the care action and the services (a visit that also fulfilled monitoring's
 * visiting-care task is one service, counted once, and shown as "of which"), service hours, the
 * person-times of "walk the process" visits and the measures completed, open days held and their
 * visitors, conventions adopted or reviewed, and meetings of the self-governance bodies. Each
 * figure by the date of the event itself; one set-based statement.
 */
@Service
public class PeriodStatistics {

  private final JdbcClient jdbc;
  private final RegionQuery regions;

  PeriodStatistics(JdbcClient jdbc, RegionQuery regions) {
    this.jdbc = jdbc;
    this.regions = regions;
  }

  public record DistrictPeriod(
      String districtCode,
      String districtName,
      long peopleServed,
      long services,
      long servicesAlsoVisits,
      BigDecimal serviceHours,
      long walkPersonTimes,
      long measuresDone,
      long openDays,
      long visitors,
      long conventions,
      long governanceMeetings) {}

  public List<DistrictPeriod> byDistrict(RegionFilter scope, PeriodOfYear period) {
    return jdbc.sql(
            """
            with s as (select left(region_code, 6) as d, count(distinct person_id) as people,
                              count(*) as services,
                              count(*) filter (where monitoring_visit_id is not null) as visits,
                              round(sum(minutes) / 60.0, 1) as hours
                         from socialwork.service_record
                        where served_on between :from and :to
                          and (:all or region_code = any(:codes)) group by 1),
                 w as (select left(t.region_code, 6) as d, sum(v.persons) as persons
                         from socialwork.walk_visit v join socialwork.walk_topic t on t.id = v.topic_id
                        where v.walked_on between :from and :to
                          and (:all or t.region_code = any(:codes)) group by 1),
                 m as (select left(t.region_code, 6) as d, count(*) as done
                         from socialwork.walk_measure x join socialwork.walk_topic t on t.id = x.topic_id
                        where x.done_on between :from and :to
                          and (:all or t.region_code = any(:codes)) group by 1),
                 o as (select left(d.region_code, 6) as d, count(distinct d.id) as days,
                              count(r.id) filter (where r.status = 'ATTENDED') as visitors
                         from socialwork.open_day d
                         left join socialwork.open_day_registration r on r.open_day_id = d.id
                        where d.held_on between :from and :to
                          and (:all or d.region_code = any(:codes)) group by 1),
                 c as (select left(community_code, 6) as d, count(*) as n
                         from socialwork.convention
                        where (adopted_on between :from and :to or reviewed_on between :from and :to)
                          and (:all or community_code = any(:codes)) group by 1),
                 g as (select left(b.community_code, 6) as d, count(*) as n
                         from socialwork.governance_meeting x
                         join socialwork.governance_body b on b.id = x.body_id
                        where x.held_on between :from and :to
                          and (:all or b.community_code = any(:codes)) group by 1),
                 ds as (select d from s union select d from w union select d from m
                        union select d from o union select d from c union select d from g)
            select ds.d, coalesce(s.people, 0), coalesce(s.services, 0), coalesce(s.visits, 0),
                   coalesce(s.hours, 0), coalesce(w.persons, 0), coalesce(m.done, 0),
                   coalesce(o.days, 0), coalesce(o.visitors, 0), coalesce(c.n, 0), coalesce(g.n, 0)
              from ds left join s using (d) left join w using (d) left join m using (d)
              left join o using (d) left join c using (d) left join g using (d)
             order by ds.d""")
        .param("from", period.from())
        .param("to", period.to())
        .param("all", scope.unrestricted())
        .param("codes", scope.codesArray())
        .query(
            (rs, n) -> {
              String code = rs.getString(1) + "000000";
              return new DistrictPeriod(
                  code,
                  regions.find(code).map(RegionNode::name).orElse(code),
                  rs.getLong(2),
                  rs.getLong(3),
                  rs.getLong(4),
                  rs.getBigDecimal(5),
                  rs.getLong(6),
                  rs.getLong(7),
                  rs.getLong(8),
                  rs.getLong(9),
                  rs.getLong(10),
                  rs.getLong(11));
            })
        .list();
  }
}
