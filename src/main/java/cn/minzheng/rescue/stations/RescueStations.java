package cn.minzheng.rescue.stations;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.region.RegionQuery;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rescue stations: the city's and the districts'. Added by the city. */
@Service
public class RescueStations {

  private static final String COLUMNS =
      "select id, name, short_code, region_code, address, active from rescue.station";

  private final JdbcClient jdbc;
  private final RegionQuery regions;
  private final AuditLog audit;

  RescueStations(JdbcClient jdbc, RegionQuery regions, AuditLog audit) {
    this.jdbc = jdbc;
    this.regions = regions;
    this.audit = audit;
  }

  /** The stations whose region lies in the filter (the caller's own station or subtree). */
  public List<Station> list(RegionFilter scope) {
    return jdbc.sql(COLUMNS + " where (:all or region_code = any(:codes)) order by region_code, id")
        .param("all", scope.unrestricted())
        .param("codes", scope.codesArray())
        .query(Station.class)
        .list();
  }

  public Optional<Station> find(long id) {
    return jdbc.sql(COLUMNS + " where id = ?").param(id).query(Station.class).optional();
  }

  /** Adds a station at a region node of the city or a district; names and codes are unique. */
  @Transactional
  public long add(String name, String shortCode, String regionCode, String address, String by) {
    if (name == null || name.isBlank()) {
      throw new InvalidInput("name", "救助站名称：请填写");
    }
    if (shortCode == null || !shortCode.matches("[A-Z0-9]{2,8}")) {
      throw new InvalidInput("shortCode", "站点简码：须为2至8位大写字母或数字");
    }
    if (regionCode == null || regions.find(regionCode).isEmpty()) {
      throw new InvalidInput("regionCode", "所属区划：请选择有效的区划");
    }
    if (address == null || address.isBlank()) {
      throw new InvalidInput("address", "地址：请填写");
    }
    boolean taken =
        jdbc.sql("select exists (select 1 from rescue.station where name = ? or short_code = ?)")
            .params(name.trim(), shortCode)
            .query(Boolean.class)
            .single();
    if (taken) {
      throw new InvalidInput("name", "救助站名称：已有同名或同简码的救助站");
    }
    long id =
        jdbc.sql(
                """
                insert into rescue.station (name, short_code, region_code, address, created_by)
                values (?, ?, ?, ?, ?) returning id""")
            .params(name.trim(), shortCode, regionCode, address.trim(), by)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success("rescue.station.add", "rescue_station", String.valueOf(id), name));
    return id;
  }
}
