package cn.minzheng.elderly.facility;

import cn.minzheng.platform.RegionFilter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Facilities per community and type, in a scope. */
@Service
public class FacilityStatistics {

  private final JdbcClient jdbc;

  FacilityStatistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record PerCommunity(
      String regionCode, long facilities, long mealPoints, long dayCare, long capacity) {}

  public List<PerCommunity> perCommunity(RegionFilter scope, int limit) {
    return jdbc.sql(
            """
            select region_code, count(*) as facilities,
                   count(*) filter (where type = 'MEAL_POINT') as meal_points,
                   count(*) filter (where type = 'DAY_CARE') as day_care,
                   coalesce(sum(capacity), 0) as capacity
              from elderly.facility where active and (? or region_code = any(?))
             group by region_code order by region_code limit ?""")
        .params(scope.unrestricted(), scope.codesArray(), limit)
        .query(PerCommunity.class)
        .list();
  }
}
