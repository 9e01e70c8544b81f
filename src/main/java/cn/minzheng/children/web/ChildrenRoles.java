package cn.minzheng.children.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place of the children module's role rules, for pages and API alike (docs/security.md).
 * The region scope is checked per record by DataScope after the role.
 */
@Component
class ChildrenRoles {

  /** Who sees allowance cases: the line roles and the child-protection staff. */
  static final Set<Role> CASE_READERS =
      EnumSet.of(
          Role.COMMUNITY_WORKER,
          Role.STREET_CASEWORKER,
          Role.DISTRICT_APPROVER,
          Role.CITY_ADMIN,
          Role.CHILD_PROTECTION);

  /** Who files an application (intake): community, street, 儿童主任/督导员. */
  static final Set<Role> FILERS =
      EnumSet.of(Role.COMMUNITY_WORKER, Role.STREET_CASEWORKER, Role.CHILD_PROTECTION);

  /** The street's review, the proactive list, care type, study and parents' situation records. */
  static final Set<Role> STREET = EnumSet.of(Role.STREET_CASEWORKER);

  /** The county's decision. */
  static final Set<Role> COUNTY = EnumSet.of(Role.DISTRICT_APPROVER);

  /** Who sees the proactive list. */
  static final Set<Role> CANDIDATE_READERS =
      EnumSet.of(Role.STREET_CASEWORKER, Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  /** Standards and the monthly run. */
  static final Set<Role> ADMIN = EnumSet.of(Role.CITY_ADMIN);

  /** Who sees the standards (read only unless ADMIN). */
  static final Set<Role> STANDARD_READERS = EnumSet.of(Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  /**
   * Protection cases: 儿童主任/儿童督导员 (their community or street by scope), the county and the city;
   * nobody else, not even a street caseworker (security.md, field rules: minors).
   */
  static final Set<Role> PROTECTION =
      EnumSet.of(Role.CHILD_PROTECTION, Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  /** Who records and moves protection cases on. */
  static final Set<Role> PROTECTION_WRITERS =
      EnumSet.of(Role.CHILD_PROTECTION, Role.DISTRICT_APPROVER);

  /** Who keeps the network's units. */
  static final Set<Role> NETWORK_EDITORS = EnumSet.of(Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  /** Who records the regular visits to children of the allowance categories. */
  static final Set<Role> VISITORS = EnumSet.of(Role.CHILD_PROTECTION);

  private final CurrentUser currentUser;

  ChildrenRoles(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  StaffUser require(Set<Role> roles) {
    return currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(roles::contains))
        .orElseThrow(() -> new AccessDeniedException("children"));
  }

  boolean has(StaffUser user, Set<Role> roles) {
    return user.roles().stream().anyMatch(roles::contains);
  }
}
