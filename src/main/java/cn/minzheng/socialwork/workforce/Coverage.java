package cn.minzheng.socialwork.workforce;

import cn.minzheng.platform.RegionFilter;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Coverage by county-level unit (the first six digits of a region code): certified workers by
 * level, agencies, posts, street and community stations, against the number of streets and
 * communities of the unit (a street or community "covered" has a station).
 */
@Service
public class Coverage {

  private final JdbcClient jdbc;
  private final RegionQuery regions;

  Coverage(JdbcClient jdbc, RegionQuery regions) {
    this.jdbc = jdbc;
    this.regions = regions;
  }

  public record DistrictCoverage(
      String districtCode,
      String districtName,
      long workers,
      long assistant,
      long intermediate,
      long senior,
      long agencies,
      long posts,
      long streetStations,
      long communityStations) {}

  public List<DistrictCoverage> byDistrict(RegionFilter scope) {
    return jdbc.sql(
            """
            with w as (select left(region_code, 6) as d, count(*) as n,
                              count(*) filter (where level = 'ASSISTANT') as a,
                              count(*) filter (where level = 'INTERMEDIATE') as i,
                              count(*) filter (where level = 'SENIOR') as s
                         from socialwork.social_worker
                        where active and (:all or region_code = any(:codes)) group by 1),
                 ag as (select left(region_code, 6) as d, count(*) as n from socialwork.agency
                         where (:all or region_code = any(:codes)) group by 1),
                 p as (select left(community_code, 6) as d, count(*) as n from socialwork.post
                        where (:all or community_code = any(:codes)) group by 1),
                 st as (select left(region_code, 6) as d,
                               count(*) filter (where level = 'STREET') as street,
                               count(*) filter (where level = 'COMMUNITY') as community
                          from socialwork.station
                         where active and (:all or region_code = any(:codes)) group by 1),
                 ds as (select d from w union select d from ag union select d from p
                        union select d from st)
            select ds.d, coalesce(w.n, 0), coalesce(w.a, 0), coalesce(w.i, 0), coalesce(w.s, 0),
                   coalesce(ag.n, 0), coalesce(p.n, 0), coalesce(st.street, 0),
                   coalesce(st.community, 0)
              from ds left join w using (d) left join ag using (d) left join p using (d)
              left join st using (d)
             order by ds.d""")
        .param("all", scope.unrestricted())
        .param("codes", scope.codesArray())
        .query(
            (rs, n) -> {
              String code = rs.getString(1) + "000000";
              return new DistrictCoverage(
                  code,
                  regions.find(code).map(RegionNode::name).orElse(code),
                  rs.getLong(2),
                  rs.getLong(3),
                  rs.getLong(4),
                  rs.getLong(5),
                  rs.getLong(6),
                  rs.getLong(7),
                  rs.getLong(8),
                  rs.getLong(9));
            })
        .list();
  }
}
