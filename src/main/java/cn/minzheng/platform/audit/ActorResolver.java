package cn.minzheng.platform.audit;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.audit.Actor.ActorKind;
import cn.minzheng.shared.Masking;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who and where from: staff through {@link StaffAuthentication}; citizens and service accounts by
 * their authority ({@code ROLE_CITIZEN}, {@code ROLE_SERVICE}); no authentication inside a request
 * is anonymous, outside any request it is the system itself (jobs, event listeners).
 */
final class ActorResolver {

  static final String CITIZEN_AUTHORITY = "ROLE_CITIZEN";
  static final String SERVICE_AUTHORITY = "ROLE_SERVICE";
  static final String SCOPE_PREFIX = "SCOPE_";
  private static final int MAX_NAME = 100;

  private ActorResolver() {}

  static Actor current() {
    return of(SecurityContextHolder.getContext().getAuthentication());
  }

  static Actor of(Authentication authentication) {
    String remote = remoteAddress();
    if (authentication instanceof StaffAuthentication staff) {
      StaffUser user = staff.user();
      return new Actor(
          user.username(), ActorKind.STAFF, roles(user.roles()), user.regionCode(), remote);
    }
    if (authentication == null
        || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated()) {
      return remote == null ? Actor.SYSTEM : anonymous("anonymous", remote);
    }
    Set<String> authorities = authorities(authentication);
    String roles =
        authorities.stream()
            .map(a -> a.replaceFirst("^ROLE_", ""))
            .collect(Collectors.joining(","));
    return new Actor(name(authentication.getName()), kindOf(authorities), roles, null, remote);
  }

  /**
   * Citizens hold {@code ROLE_CITIZEN}; service accounts hold scopes ({@code SCOPE_*}) or {@code
   * ROLE_SERVICE}; other roles are staff. A token with neither role nor scope is a login still in
   * progress (password done, second factor pending): not signed in, so anonymous.
   */
  private static ActorKind kindOf(Set<String> authorities) {
    if (authorities.contains(CITIZEN_AUTHORITY)) {
      return ActorKind.CITIZEN;
    }
    if (authorities.contains(SERVICE_AUTHORITY)
        || authorities.stream().anyMatch(a -> a.startsWith(SCOPE_PREFIX))) {
      return ActorKind.SERVICE;
    }
    return signedIn(authorities) ? ActorKind.STAFF : ActorKind.ANONYMOUS;
  }

  /** Holds a role or a scope: fully signed in, as opposed to a login in progress. */
  static boolean signedIn(Authentication authentication) {
    return authentication instanceof StaffAuthentication
        || (authentication != null
            && !(authentication instanceof AnonymousAuthenticationToken)
            && authentication.isAuthenticated()
            && signedIn(authorities(authentication)));
  }

  private static boolean signedIn(Set<String> authorities) {
    return authorities.stream().anyMatch(a -> a.startsWith("ROLE_") || a.startsWith(SCOPE_PREFIX));
  }

  private static Set<String> authorities(Authentication authentication) {
    return authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** Someone not (yet) authenticated, named by what they typed (a failed login). */
  static Actor attempted(String typedName) {
    String name = typedName == null || typedName.isBlank() ? "anonymous" : name(typedName);
    return anonymous(name, remoteAddress());
  }

  private static Actor anonymous(String name, String remote) {
    return new Actor(name, ActorKind.ANONYMOUS, null, null, remote);
  }

  private static String roles(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }

  /** A name typed at a login form may be a phone or ID number: masked like any other text. */
  private static String name(String name) {
    return name == null ? "anonymous" : AuditText.limit(Masking.inText(name.strip()), MAX_NAME);
  }

  static String remoteAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      return request.getRequest().getRemoteAddr();
    }
    return null;
  }
}
