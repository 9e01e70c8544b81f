package cn.minzheng.rescue.web;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PendingWork;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of station staff: the persons in the station now, those beyond the 10-day stay (or their
 * extension) counted as overdue.
 */
@Component
class RescueWorkQueue implements WorkQueueSource {

  private static final String TODAY = "(now() at time zone 'Asia/Shanghai')::date";

  private final JdbcClient jdbc;
  private final DataScope dataScope;
  private final StationScope stationScope;

  RescueWorkQueue(JdbcClient jdbc, DataScope dataScope, StationScope stationScope) {
    this.jdbc = jdbc;
    this.dataScope = dataScope;
    this.stationScope = stationScope;
  }

  @Override
  public List<WorkQueueEntry> pendingFor(StaffUser user) {
    if (!RescueAccess.has(user, RescueAccess.STATION)) {
      return List.of();
    }
    return PendingWork.in(jdbc, dataScope.of(user))
        .rows(
            "rescue.intake",
            "exit_kind is null"
                + stationScope.ownStation(user).map(id -> " and station_id = " + id).orElse(""))
        .overdueWhen("coalesce(extended_until, admitted_on + 9) < " + TODAY)
        .oldest("created_at")
        .card("rescue.intake", "救助站在站人员", "/rescue/intakes")
        .stream()
        .toList();
  }
}
