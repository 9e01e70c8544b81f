package cn.minzheng.lifeevents.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place of the module's role rules, for page and API alike: the trail is for the
 * civil-affairs line (社区, 街道, 区县, 市级), who answer the family's "why did it stop?". Checked before
 * anything is read.
 */
@Component
class LifeEventsAccess {

  static final Set<Role> TRAIL_ROLES =
      EnumSet.of(
          Role.CITY_ADMIN, Role.DISTRICT_APPROVER, Role.STREET_CASEWORKER, Role.COMMUNITY_WORKER);

  private final CurrentUser currentUser;

  LifeEventsAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  StaffUser requireTrailReader() {
    return currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(TRAIL_ROLES::contains))
        .orElseThrow(() -> new AccessDeniedException("life-event trail: civil-affairs staff only"));
  }
}
