package cn.minzheng.elderly.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Role checks of the elderly pages (the region scope is checked per record by DataScope). */
@Component
class ElderlyAccess {

  private final CurrentUser currentUser;

  ElderlyAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  StaffUser require(Set<Role> roles) {
    return currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(roles::contains))
        .orElseThrow(() -> new AccessDeniedException("elderly"));
  }
}
