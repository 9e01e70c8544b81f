package cn.minzheng.platform.security.oauth;

import cn.minzheng.platform.ResourceOwnerSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The citizen signed in to the portal, as the authorization server's resource owner. Read-only:
 * signing in and out stays the portal's. The portal's own authentication is handed on as a plain
 * name with authorities, because the authorization server stores the principal with each
 * authorization and reads back only Spring Security's own types.
 */
final class CitizenContexts implements SecurityContextRepository {

  private final @Nullable ResourceOwnerSessions sessions;

  CitizenContexts(@Nullable ResourceOwnerSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
    return new DeferredSecurityContext() {
      private @Nullable SecurityContext loaded;
      private boolean generated;

      @Override
      public SecurityContext get() {
        if (loaded == null) {
          SecurityContext found = load(request);
          generated = found == null;
          loaded = found != null ? found : SecurityContextHolder.createEmptyContext();
        }
        return loaded;
      }

      @Override
      public boolean isGenerated() {
        get();
        return generated;
      }
    };
  }

  @Override
  @SuppressWarnings("deprecation")
  public SecurityContext loadContext(
      org.springframework.security.web.context.HttpRequestResponseHolder holder) {
    return load(holder.getRequest());
  }

  private @Nullable SecurityContext load(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (sessions == null || session == null) {
      return null;
    }
    if (!(session.getAttribute(sessions.securityContextAttribute()) instanceof SecurityContext c)
        || c.getAuthentication() == null
        || !c.getAuthentication().isAuthenticated()) {
      return null;
    }
    Authentication citizen = c.getAuthentication();
    return new SecurityContextImpl(
        UsernamePasswordAuthenticationToken.authenticated(
            citizen.getName(), null, citizen.getAuthorities()));
  }

  @Override
  public void saveContext(
      SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
    // the portal owns the sign-in
  }

  @Override
  public boolean containsContext(HttpServletRequest request) {
    return load(request) != null;
  }
}
