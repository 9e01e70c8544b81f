package cn.minzheng.portal.web;

import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Starts a citizen's session: a new session id, then the context in the citizens' attribute. */
final class CitizenSessions {

  private static final HttpSessionSecurityContextRepository CONTEXTS =
      PortalSecurityConfig.citizenContexts();

  private CitizenSessions() {}

  static void signIn(Citizen citizen, HttpServletRequest request, HttpServletResponse response) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
    } else {
      request.getSession(true);
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(CitizenAuthentication.of(citizen));
    SecurityContextHolder.setContext(context);
    CONTEXTS.saveContext(context, request, response);
  }

  static Citizen current() {
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof CitizenAuthentication citizen) {
      return citizen.citizen();
    }
    throw new IllegalStateException("no citizen signed in");
  }

  /**
   * The name the authorization server knows the citizen by (the consenting resource owner, the
   * subject of the app's tokens): the account number only, as in the audit log.
   */
  static String principalName(Citizen citizen) {
    return CitizenAuthentication.of(citizen).getName();
  }
}
