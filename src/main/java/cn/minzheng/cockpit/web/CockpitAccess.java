package cn.minzheng.cockpit.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees the cockpit: the city administrator, the district approver and the auditor (auditors see
 * aggregated statistics, docs/security.md) — each for their own region subtree only. The lists of
 * people behind a figure are casework data: administrators and approvers only, never auditors.
 * Street and community staff have their own programme statistics and are refused.
 */
@Component
class CockpitAccess {

  static final Set<Role> VIEWERS =
      EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_APPROVER, Role.AUDITOR);
  static final Set<Role> LIST_READERS = EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_APPROVER);

  private final CurrentUser currentUser;
  private final DataScope scope;

  CockpitAccess(CurrentUser currentUser, DataScope scope) {
    this.currentUser = currentUser;
    this.scope = scope;
  }

  StaffUser viewer() {
    return require(VIEWERS);
  }

  StaffUser listReader() {
    return require(LIST_READERS);
  }

  static boolean mayReadLists(StaffUser user) {
    return user.roles().stream().anyMatch(LIST_READERS::contains);
  }

  /**
   * The region asked for, or the user's own node; a region outside the user's subtree is "not
   * found" like any record out of scope.
   */
  String region(StaffUser user, String requested) {
    if (requested == null || requested.isBlank()) {
      return user.regionCode();
    }
    if (!scope.of(user).permits(requested)) {
      throw new RecordNotFoundException("region out of scope");
    }
    return requested;
  }

  private StaffUser require(Set<Role> roles) {
    StaffUser user = currentUser.staff().orElseThrow(() -> new AccessDeniedException("staff only"));
    if (user.roles().stream().noneMatch(roles::contains)) {
      throw new AccessDeniedException("role not permitted");
    }
    return user;
  }
}
