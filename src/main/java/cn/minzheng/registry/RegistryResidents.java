package cn.minzheng.registry;

import cn.minzheng.cockpit.RegionValue;
import cn.minzheng.cockpit.Residents;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry's count of living persons per residence region for the cockpit: one aggregate over
 * the persons (by the residence-region index), run by the cockpit's nightly refresh.
 */
@Component
class RegistryResidents implements Residents {

  private final JdbcClient jdbc;

  RegistryResidents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<RegionValue> livingByRegion() {
    return jdbc.sql(
            """
            select residence_region_code, count(*) from registry.person
             where life_status = 'ALIVE'
             group by residence_region_code""")
        .query((rs, n) -> RegionValue.of(rs.getString(1), rs.getLong(2)))
        .list();
  }
}
