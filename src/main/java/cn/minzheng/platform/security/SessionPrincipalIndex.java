package cn.minzheng.platform.security;

import cn.minzheng.platform.ResourceOwnerSessions;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.PrincipalNameIndexResolver;
import org.springframework.session.Session;
import org.springframework.session.SingleIndexResolver;

/**
 * The principal a session is found by ({@code spring_session.principal_name}): the staff member
 * signed in to it, or else the citizen signed in to the portal in it ({@link
 * ResourceOwnerSessions#securityContextAttribute()}, {@code citizen-<account>}), so that all the
 * sessions of a citizen can be ended as a staff member's are (password reset). A session holding
 * both sign-ins is the staff member's.
 */
final class SessionPrincipalIndex extends SingleIndexResolver<Session> {

  private final PrincipalNameIndexResolver<Session> staff = new PrincipalNameIndexResolver<>();
  private final Supplier<@Nullable String> citizenAttribute;

  SessionPrincipalIndex(Supplier<@Nullable String> citizenAttribute) {
    super(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
    this.citizenAttribute = citizenAttribute;
  }

  @Override
  public @Nullable String resolveIndexValueFor(Session session) {
    String staffName = staff.resolveIndexValueFor(session);
    if (staffName != null) {
      return staffName;
    }
    String attribute = citizenAttribute.get();
    if (attribute == null) {
      return null;
    }
    Object stored = session.getAttribute(attribute);
    if (stored instanceof SecurityContext context) {
      Authentication citizen = context.getAuthentication();
      return citizen == null ? null : citizen.getName();
    }
    return null;
  }
}
