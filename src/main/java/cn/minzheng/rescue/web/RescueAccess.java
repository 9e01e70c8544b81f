package cn.minzheng.rescue.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The role rules of the rescue module, one place for pages and API alike (docs/security.md rows of
 * module rescue). A station is run by the civil-affairs bureau of its district (区县 accounts at the
 * district node) or of the city (市级 at the city node), and its own staff (救助站工作人员, bound to the
 * station); street and community staff do not work in stations. The scope (a station's staff see
 * its own intakes, the district and the city their subtree) is checked per record by {@link
 * StationScope}.
 */
@Component
class RescueAccess {

  /** The region roles that run stations: their scope is their region subtree. */
  static final Set<Role> DISTRICT_STATION = EnumSet.of(Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  /**
   * Intake, services, extensions, searches, identification, exits, and reading them: the region
   * roles and 救助站工作人员 (its own station only, {@link StationScope}).
   */
  static final Set<Role> STATION =
      EnumSet.of(Role.DISTRICT_APPROVER, Role.CITY_ADMIN, Role.RESCUE_STATION);

  /** Adding stations. */
  static final Set<Role> ADMIN = EnumSet.of(Role.CITY_ADMIN);

  /** Aggregated person-times (no person). */
  static final Set<Role> STATISTICS =
      EnumSet.of(Role.DISTRICT_APPROVER, Role.CITY_ADMIN, Role.AUDITOR);

  private final CurrentUser currentUser;

  RescueAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  StaffUser require(Set<Role> roles) {
    return currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(roles::contains))
        .orElseThrow(() -> new AccessDeniedException("rescue"));
  }

  static boolean has(StaffUser user, Set<Role> roles) {
    return user.roles().stream().anyMatch(roles::contains);
  }
}
