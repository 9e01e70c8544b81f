package cn.minzheng.placenames.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The role rules of the place-name module, used by its pages and its API alike, checked before a
 * record is read or input is bound. Boundaries are read by every staff member (each map draws
 * them); changing them is the city's and the system administrator's, as changing the region tree.
 */
@Component
class PlacenamesRoles {

  static final Set<Role> BOUNDARY_EDITORS = Set.of(Role.CITY_ADMIN, Role.SYSTEM_ADMIN);

  /** Enter naming applications: the street, the district and the city. */
  static final Set<Role> APPLICANTS =
      Set.of(Role.STREET_CASEWORKER, Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  /** Approve names: the district's approver and the city (地名管理条例: approval by level). */
  static final Set<Role> APPROVERS = Set.of(Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  private final CurrentUser currentUser;

  PlacenamesRoles(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  StaffUser requireStaff() {
    return currentUser.staff().orElseThrow(() -> new AccessDeniedException("staff only"));
  }

  StaffUser requireBoundaryEditor() {
    StaffUser user = requireStaff();
    if (BOUNDARY_EDITORS.stream().noneMatch(user::has)) {
      throw new AccessDeniedException("boundary editors only");
    }
    return user;
  }

  StaffUser requireApplicant() {
    return requireAny(APPLICANTS);
  }

  StaffUser requireApprover() {
    return requireAny(APPROVERS);
  }

  private StaffUser requireAny(Set<Role> allowed) {
    StaffUser user = requireStaff();
    if (allowed.stream().noneMatch(user::has)) {
      throw new AccessDeniedException("role not allowed");
    }
    return user;
  }

  boolean mayApply(StaffUser user) {
    return APPLICANTS.stream().anyMatch(user::has);
  }

  boolean mayApprove(StaffUser user) {
    return APPROVERS.stream().anyMatch(user::has);
  }

  boolean mayEditBoundaries() {
    return currentUser.staff().map(u -> BOUNDARY_EDITORS.stream().anyMatch(u::has)).orElse(false);
  }
}
