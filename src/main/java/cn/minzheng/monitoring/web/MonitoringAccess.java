package cn.minzheng.monitoring.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in monitoring (docs/security.md, role matrix): feeds and the warning rules are
 * the city administrator's (the system administrator runs the system and reads nobody in it);
 * warnings, the register, verification and visits belong to the civil-affairs line, each inside its
 * region; entering a person in the register and closing a warning are decisions of the offices, not
 * of the community, which collects and visits.
 */
@Component
class MonitoringAccess {

  static final Set<Role> FEED_ADMINS = EnumSet.of(Role.CITY_ADMIN);
  static final Set<Role> OFFICES =
      EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_APPROVER, Role.STREET_CASEWORKER);
  static final Set<Role> CASE_STAFF =
      EnumSet.of(
          Role.CITY_ADMIN, Role.DISTRICT_APPROVER, Role.STREET_CASEWORKER, Role.COMMUNITY_WORKER);

  private final CurrentUser currentUser;

  MonitoringAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  StaffUser requireFeedAdmin() {
    return require(FEED_ADMINS);
  }

  StaffUser requireCaseStaff() {
    return require(CASE_STAFF);
  }

  StaffUser requireOffice() {
    return require(OFFICES);
  }

  /** Whether the user is one of the offices (who hand visit tasks to workers). */
  boolean isOffice(StaffUser user) {
    return user.roles().stream().anyMatch(OFFICES::contains);
  }

  private StaffUser require(Set<Role> roles) {
    return currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(roles::contains))
        .orElseThrow(() -> new AccessDeniedException("monitoring roles only"));
  }
}
