package cn.minzheng.assistance.web;

import cn.minzheng.assistance.cases.CaseRoles;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/** Who may use the social-assistance pages and API: the case roles of {@link CaseRoles}. */
final class AssistanceRoles {

  static final Set<Role> CASE_ROLES = CaseRoles.FIELD;

  static final Set<Role> OFFICE_ROLES = CaseRoles.OFFICE;

  static final Set<Role> STANDARD_VIEWERS = CaseRoles.COUNTY;

  private AssistanceRoles() {}

  static StaffUser require(CurrentUser currentUser, Set<Role> roles) {
    StaffUser user = currentUser.staff().orElseThrow(() -> new AccessDeniedException("staff only"));
    if (user.roles().stream().noneMatch(roles::contains)) {
      throw new AccessDeniedException("role not permitted");
    }
    return user;
  }
}
