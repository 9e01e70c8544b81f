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

  boolean mayEditBoundaries() {
    return currentUser.staff().map(u -> BOUNDARY_EDITORS.stream().anyMatch(u::has)).orElse(false);
  }
}
