package cn.minzheng.platform.audit;

import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.AuditLog.Outcome;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Audits Spring Security's own events: logins (success, failure) and access denials. All of them
 * are written independently of any business transaction, since none commits on a failure.
 */
@Component
class SecurityEventAuditor {

  private final JdbcAuditLog audit;

  SecurityEventAuditor(JdbcAuditLog audit) {
    this.audit = audit;
  }

  @EventListener
  void on(AuthenticationSuccessEvent event) {
    audit.recordIndependently(
        ActorResolver.of(event.getAuthentication()),
        AuditEvent.success("login.success", null, null, null));
  }

  @EventListener
  void on(AbstractAuthenticationFailureEvent event) {
    // The typed name is kept (who was attacked); the secret typed with it never is.
    Actor actor = ActorResolver.attempted(event.getAuthentication().getName());
    String reason = event.getException().getClass().getSimpleName();
    audit.recordIndependently(
        actor, new AuditEvent("login.failure", null, null, Outcome.FAILURE, reason));
  }

  /**
   * Denials of signed-in callers. A request without any login that is sent to the login page is not
   * recorded: it is the normal way in, and recording it would let anyone fill the log.
   */
  @EventListener
  void on(AuthorizationDeniedEvent<?> event) {
    Authentication authentication = event.getAuthentication().get();
    if (!ActorResolver.signedIn(authentication)) {
      return;
    }
    audit.recordIndependently(
        ActorResolver.of(authentication),
        AuditEvent.denied(
            "access.denied", targetType(event.getObject()), target(event.getObject()), null));
  }

  private static String targetType(Object object) {
    if (object instanceof HttpServletRequest) {
      return "request";
    }
    return object instanceof MethodInvocation ? "method" : null;
  }

  /** The method, or the request's method and path: never the query string (it may hold data). */
  private static String target(Object object) {
    if (object instanceof HttpServletRequest request) {
      return request.getMethod() + " " + request.getRequestURI();
    }
    if (object instanceof MethodInvocation invocation) {
      Method method = invocation.getMethod();
      return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
    return null;
  }
}
