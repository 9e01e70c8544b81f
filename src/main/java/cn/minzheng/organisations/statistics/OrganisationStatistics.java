package cn.minzheng.organisations.statistics;

import cn.minzheng.platform.RegionFilter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 社会组织统计 of a region subtree (a district sees its own registrations, the city all): organisations
 * by district, type and status; listings by year and list; zombie clean-ups by district.
 */
@Service
public class OrganisationStatistics {

  private final JdbcClient jdbc;

  OrganisationStatistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Organisations of one district, type and status. */
  public record ByDistrict(String district, String kind, String status, long count) {

    public String kindLabel() {
      return cn.minzheng.organisations.register.OrganisationKind.labelOf(kind);
    }

    public String statusLabel() {
      return cn.minzheng.organisations.register.OrganisationStatus.labelOf(status);
    }
  }

  /** Listings and removals of one list in one year. */
  public record ByYear(int year, String list, long listed, long removed) {}

  /** Zombie candidates of one district. */
  public record Zombies(String district, long proposed, long confirmed) {}

  public List<ByDistrict> byDistrict(RegionFilter scope) {
    return jdbc.sql(
            """
            select substr(region_code, 1, 6) || '000000' as district, kind, status, count(*) as count
              from organisations.organisation where (? or region_code = any(?))
             group by 1, 2, 3 order by 1, 2, 3""")
        .params(scope.unrestricted(), scope.codesArray())
        .query(ByDistrict.class)
        .list();
  }

  public List<ByYear> listingsByYear(RegionFilter scope) {
    return jdbc.sql(
            """
            with events as (
              select extract(year from listed_on)::int as year, list, 1 as listed, 0 as removed
                from organisations.listing where (? or region_code = any(?))
              union all
              select extract(year from removed_on)::int, list, 0, 1
                from organisations.listing where removed_on is not null and (? or region_code = any(?)))
            select year, list, sum(listed) as listed, sum(removed) as removed
              from events group by year, list order by year desc, list""")
        .params(scope.unrestricted(), scope.codesArray(), scope.unrestricted(), scope.codesArray())
        .query(ByYear.class)
        .list();
  }

  public List<Zombies> zombies(RegionFilter scope) {
    return jdbc.sql(
            """
            select substr(region_code, 1, 6) || '000000' as district,
                   count(*) filter (where status = 'PROPOSED') as proposed,
                   count(*) filter (where status = 'CONFIRMED') as confirmed
              from organisations.zombie_candidate where (? or region_code = any(?))
             group by 1 order by 1""")
        .params(scope.unrestricted(), scope.codesArray())
        .query(Zombies.class)
        .list();
  }
}
