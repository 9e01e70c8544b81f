package cn.minzheng.assistance.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/** Who may do what in social assistance. */
final class AssistanceRoles {

  static final Set<Role> CASE_ROLES =
      EnumSet.of(
          Role.CITY_ADMIN, Role.DISTRICT_APPROVER, Role.STREET_CASEWORKER, Role.COMMUNITY_WORKER);

  /** The offices that decide and write to applicants: not the community, which only collects. */
  static final Set<Role> OFFICE_ROLES =
      EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_APPROVER, Role.STREET_CASEWORKER);

  static final Set<Role> STANDARD_VIEWERS = EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_APPROVER);

  private AssistanceRoles() {}

  static StaffUser require(CurrentUser currentUser, Set<Role> roles) {
    StaffUser user = currentUser.staff().orElseThrow(() -> new AccessDeniedException("staff only"));
    if (user.roles().stream().noneMatch(roles::contains)) {
      throw new AccessDeniedException("role not permitted");
    }
    return user;
  }
}
