package cn.minzheng.marriage.web;

import cn.minzheng.platform.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Office and calendar administration is for the city's administrators only. */
@Component
class AdminAccess {

  private final CurrentUser currentUser;

  AdminAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  void require() {
    if (currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(CalendarAdminPage.CALENDAR_ROLES::contains))
        .isEmpty()) {
      throw new AccessDeniedException("marriage administrators only");
    }
  }
}
