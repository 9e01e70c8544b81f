package cn.minzheng.registry.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may work with the registry at all: the four roles of the civil-affairs line. Auditors,
 * security and system administrators and institution operators see no personal records here.
 */
@Component
class RegistryAccess {

  static final Set<Role> REGISTRY_ROLES =
      EnumSet.of(
          Role.CITY_ADMIN, Role.DISTRICT_APPROVER, Role.STREET_CASEWORKER, Role.COMMUNITY_WORKER);

  private final CurrentUser currentUser;

  RegistryAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  StaffUser requireStaff() {
    return currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(REGISTRY_ROLES::contains))
        .orElseThrow(() -> new AccessDeniedException("registry roles only"));
  }

  /** 区县审批人: withdraws a death recorded in error. */
  StaffUser requireApprover() {
    return currentUser
        .staff()
        .filter(u -> u.roles().contains(Role.DISTRICT_APPROVER))
        .orElseThrow(() -> new AccessDeniedException("district approver only"));
  }

  boolean isApprover() {
    return currentUser.staff().filter(u -> u.roles().contains(Role.DISTRICT_APPROVER)).isPresent();
  }
}
