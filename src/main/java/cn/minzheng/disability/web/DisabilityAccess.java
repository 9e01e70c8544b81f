package cn.minzheng.disability.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place of the disability module's role rules, used by its pages and its API alike (the
 * region scope is checked per record by DataScope). Checked before any record is read or any input
 * bound.
 */
@Component
class DisabilityAccess {

  /** Read the subsidy lists and a person's subsidies. */
  static final Set<Role> STAFF =
      EnumSet.of(
          Role.COMMUNITY_WORKER, Role.STREET_CASEWORKER, Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  /** 免申即享: the street confirms or declines the newly eligible. */
  static final Set<Role> STREET = EnumSet.of(Role.STREET_CASEWORKER);

  /**
   * Mental-health community rehabilitation: the 精神康复专员 only; every other role sees nothing of it
   * (no menu, 403 before any record is read).
   */
  static final Set<Role> MENTAL = EnumSet.of(Role.MENTAL_HEALTH_REHAB);

  /** Aggregated statistics (no person): the line roles and the auditor. */
  static final Set<Role> STATISTICS =
      EnumSet.of(
          Role.COMMUNITY_WORKER,
          Role.STREET_CASEWORKER,
          Role.DISTRICT_APPROVER,
          Role.CITY_ADMIN,
          Role.AUDITOR);

  /** Amounts and the monthly run. */
  static final Set<Role> ADMIN = EnumSet.of(Role.CITY_ADMIN);

  private final CurrentUser currentUser;

  DisabilityAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  StaffUser require(Set<Role> roles) {
    return currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(roles::contains))
        .orElseThrow(() -> new AccessDeniedException("disability"));
  }
}
