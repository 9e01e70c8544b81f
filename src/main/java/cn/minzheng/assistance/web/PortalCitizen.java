package cn.minzheng.assistance.web;

import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in citizen of the portal's assistance pages and API; anyone else is refused. */
final class PortalCitizen {

  private PortalCitizen() {}

  static Citizen current() {
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof CitizenAuthentication auth) {
      return auth.citizen();
    }
    throw new AccessDeniedException("citizens only");
  }
}
