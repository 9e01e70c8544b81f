package cn.minzheng.rescue.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.rescue.intake.IntakeRow;
import cn.minzheng.rescue.stations.RescueStations;
import cn.minzheng.rescue.stations.Station;
import cn.minzheng.rescue.stations.StationStaff;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the caller may see of the rescue module, for pages and API alike: the region subtree of the
 * account (区县, 市级), and for a 救助站工作人员 account only its own station — its intakes, its temporary
 * records, its photos; an account of that role not bound to a station sees none. Out of reach
 * answers 404 like any record outside the scope.
 */
@Component
class StationScope {

  /** Never a station: what an unbound station account is limited to. */
  private static final long NO_STATION = -1;

  private final DataScope dataScope;
  private final CurrentUser currentUser;
  private final StationStaff staff;
  private final RescueStations stations;

  StationScope(
      DataScope dataScope, CurrentUser currentUser, StationStaff staff, RescueStations stations) {
    this.dataScope = dataScope;
    this.currentUser = currentUser;
    this.staff = staff;
    this.stations = stations;
  }

  /** A station-role account without a broader station role (区县, 市级) is held to one station. */
  static boolean stationBound(StaffUser user) {
    return user.has(Role.RESCUE_STATION) && !RescueAccess.has(user, RescueAccess.DISTRICT_STATION);
  }

  /** The station a bound account works at; empty for the region roles. */
  Optional<Long> ownStation(StaffUser user) {
    if (!stationBound(user)) {
      return Optional.empty();
    }
    return Optional.of(staff.stationOf(user.username()).map(Station::id).orElse(NO_STATION));
  }

  private Optional<Long> ownStation() {
    return currentUser.staff().flatMap(this::ownStation);
  }

  /** The caller's region filter (lists, statistics). */
  RegionFilter current() {
    return dataScope.current();
  }

  /** The station a list shows: a bound account's own, whatever it asked for. */
  Long listStation(Long requested) {
    return ownStation().orElse(requested);
  }

  boolean permits(IntakeRow stay) {
    return dataScope.permits(stay.regionCode())
        && ownStation().map(own -> own == stay.stationId()).orElse(true);
  }

  /**
   * The test of a station's region (stations, temporary records and photos carry their station's
   * region): a bound account's own station's region only, otherwise the account's subtree.
   */
  boolean permits(String stationRegion) {
    Optional<Long> own = ownStation();
    if (own.isEmpty()) {
      return dataScope.permits(stationRegion);
    }
    return stations.find(own.get()).map(s -> s.regionCode().equals(stationRegion)).orElse(false);
  }

  /**
   * A record of the station (a photo's temporary record): the own station, or one in the subtree.
   */
  boolean permitsStation(long stationId) {
    Optional<Long> own = ownStation();
    if (own.isPresent()) {
      return own.get() == stationId;
    }
    return stations.find(stationId).map(s -> dataScope.permits(s.regionCode())).orElse(false);
  }

  /** The stations the caller works at: forms and lists offer only these. */
  List<Station> stations() {
    Optional<Long> own = ownStation();
    if (own.isEmpty()) {
      return stations.list(current());
    }
    return stations.find(own.get()).stream().toList();
  }

  /** A bound account takes people in at its own station only. */
  void requireOwnStation(String stationId) {
    Optional<Long> own = ownStation();
    if (own.isPresent()
        && !own.get().toString().equals(stationId == null ? "" : stationId.strip())) {
      throw new InvalidInput("stationId", "救助站：请选择您所在的救助站");
    }
  }
}
