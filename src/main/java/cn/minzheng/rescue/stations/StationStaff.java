package cn.minzheng.rescue.stations;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffDirectory;
import cn.minzheng.platform.StaffUser;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 救助站工作人员 accounts and the one station each works at: the city binds an account of the station role
 * to a station whose region is the account's own region node, so that the region scope and the
 * station agree.
 */
@Service
public class StationStaff {

  private final JdbcClient jdbc;
  private final RescueStations stations;
  private final StaffDirectory staff;
  private final AuditLog audit;

  StationStaff(JdbcClient jdbc, RescueStations stations, StaffDirectory staff, AuditLog audit) {
    this.jdbc = jdbc;
    this.stations = stations;
    this.staff = staff;
    this.audit = audit;
  }

  /** The station the account works at, if it is bound to one. */
  public Optional<Station> stationOf(String username) {
    return jdbc.sql("select station_id from rescue.station_staff where username = ?")
        .param(username)
        .query(Long.class)
        .optional()
        .flatMap(stations::find);
  }

  /** Binds (or moves) a station-role account to a station. */
  @Transactional
  public void bind(String username, long stationId, String by) {
    String name = username == null ? "" : username.strip();
    StaffUser account =
        staff
            .findEnabled(name)
            .filter(u -> u.has(Role.RESCUE_STATION))
            .orElseThrow(() -> new InvalidInput("username", "账号：不存在、已停用或不是救助站工作人员"));
    Station station =
        stations.find(stationId).orElseThrow(() -> new InvalidInput("stationId", "救助站：未找到"));
    if (!station.regionCode().equals(account.regionCode())) {
      throw new InvalidInput("username", "账号：所属区划与救助站所在区划不一致");
    }
    jdbc.sql(
            """
            insert into rescue.station_staff (username, station_id, bound_by) values (?, ?, ?)
            on conflict (username) do update
            set station_id = excluded.station_id, bound_by = excluded.bound_by, bound_at = now()""")
        .params(name, stationId, by)
        .update();
    audit.record(
        AuditEvent.success("rescue.station.bind-staff", "rescue_station", "" + stationId, name));
  }
}
