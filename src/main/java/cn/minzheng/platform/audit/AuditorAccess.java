package cn.minzheng.platform.audit;

import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Guards every audit page: auditors only, and never a system administrator, even one who also holds
 * the auditor role (docs/security.md: "System administrators cannot read or delete audit records").
 * Enforced here, next to the pages, so that it holds whatever the global security configuration
 * says; a refusal is itself audited.
 */
class AuditorAccess implements HandlerInterceptor {

  private final JdbcAuditLog audit;

  AuditorAccess(JdbcAuditLog audit) {
    this.audit = audit;
  }

  static boolean permits(Authentication authentication) {
    if (authentication == null
        || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated()) {
      return false;
    }
    Set<String> authorities =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .collect(Collectors.toSet());
    return authorities.contains(Role.AUDITOR.authority())
        && !authorities.contains(Role.SYSTEM_ADMIN.authority());
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (permits(authentication)) {
      return true;
    }
    if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
      audit.recordIndependently(
          AuditEvent.denied(
              "access.denied",
              "request",
              request.getMethod() + " " + request.getRequestURI(),
              "audit pages are for auditors only"));
    }
    throw new AccessDeniedException("audit pages are for auditors only");
  }
}
