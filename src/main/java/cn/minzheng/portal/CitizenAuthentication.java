package cn.minzheng.portal;

import java.io.Serializable;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in citizen of the portal: an account linked to one registry person. Holds only the
 * {@code ROLE_CITIZEN} authority and lives in its own session attribute, so staff pages never see
 * it.
 */
public final class CitizenAuthentication extends AbstractAuthenticationToken {

  public static final String AUTHORITY = "ROLE_CITIZEN";

  private final Citizen citizen;

  private CitizenAuthentication(Citizen citizen) {
    super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
    this.citizen = citizen;
    setAuthenticated(true);
  }

  public static CitizenAuthentication of(Citizen citizen) {
    return new CitizenAuthentication(citizen);
  }

  public Citizen citizen() {
    return citizen;
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Citizen getPrincipal() {
    return citizen;
  }

  /** No personal data: the audit log and session store see only the account number. */
  @Override
  public String getName() {
    return principalName(citizen.accountId());
  }

  /**
   * The name an account's sessions and app authorizations are kept under ({@code citizen-<id>}):
   * how they are all found again when the password is reset.
   */
  public static String principalName(long accountId) {
    return "citizen-" + accountId;
  }

  /** The account and the registry person it is linked to. */
  public record Citizen(long accountId, long personId) implements Serializable {}
}
