package cn.minzheng.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * Access tokens of the platform's own OAuth2 authorization server, for the chains that accept them
 * (the citizen API reads the city app's tokens through it), and the apps a citizen has allowed
 * (我的信息).
 */
@NamedInterface("security")
public interface OAuthGrants {

  /**
   * The grant behind an access token when it is valid now: signed by one of the platform's keys,
   * not expired, its authorization not revoked and its client not disabled.
   */
  Optional<Grant> verify(String accessToken);

  /** Seconds to wait when the client has used up its calls, empty when it may call now. */
  OptionalLong throttle(String clientId);

  /** The apps {@code principalName} has allowed to act for them, with the scopes allowed. */
  List<AllowedApp> appsAllowedBy(String principalName);

  /** Withdraws the consent and ends every token the app holds for {@code principalName}. */
  void revoke(String principalName, String clientId);

  /**
   * Ends every code and token (refresh tokens included) of every app for {@code principalName},
   * keeping the consents: after a password reset the apps must have the person sign in again.
   *
   * @return how many authorizations ended
   */
  int endTokensOf(String principalName);

  /** {@code subject} is the client itself (client credentials) or the person it acts for. */
  record Grant(String clientId, String subject, Set<String> scopes) {

    public boolean hasScope(String scope) {
      return scopes.contains(scope);
    }
  }

  record AllowedApp(String clientId, String name, List<AppScope> scopes, Instant allowedAt) {}
}
