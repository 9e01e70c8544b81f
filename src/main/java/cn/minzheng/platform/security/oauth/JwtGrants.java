package cn.minzheng.platform.security.oauth;

import cn.minzheng.platform.AppScope;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.OAuthGrants;
import cn.minzheng.platform.security.TokenBuckets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource side of the platform's tokens. A JWT alone would stay valid until it expires; here
 * every call also finds its authorization in the database, so that a revoked consent or a disabled
 * client stops its tokens at the next call.
 */
@Service
class JwtGrants implements OAuthGrants {

  /** A JWT is three base64url parts; the static service tokens ({@code mzs_...}) have no dot. */
  static boolean looksLikeJwt(String token) {
    return token.length() < 8192 && token.chars().filter(c -> c == '.').count() == 2;
  }

  private final JwtDecoder decoder;
  private final OAuth2AuthorizationService authorizations;
  private final OAuth2AuthorizationConsentService consents;
  private final OAuthClients clients;
  private final JdbcRegisteredClients registered;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final TokenBuckets perClient;

  JwtGrants(
      JwtDecoder decoder,
      OAuth2AuthorizationService authorizations,
      OAuth2AuthorizationConsentService consents,
      OAuthClients clients,
      JdbcRegisteredClients registered,
      JdbcClient jdbc,
      AuditLog audit,
      OAuthProperties properties) {
    this.decoder = decoder;
    this.authorizations = authorizations;
    this.consents = consents;
    this.clients = clients;
    this.registered = registered;
    this.jdbc = jdbc;
    this.audit = audit;
    this.perClient = new TokenBuckets(properties.callsPerMinute(), Duration.ofMinutes(1));
  }

  @Override
  public Optional<Grant> verify(String accessToken) {
    if (!looksLikeJwt(accessToken)) {
      return Optional.empty();
    }
    Jwt jwt;
    try {
      jwt = decoder.decode(accessToken);
    } catch (JwtException e) {
      return Optional.empty();
    }
    OAuth2Authorization authorization =
        authorizations.findByToken(accessToken, OAuth2TokenType.ACCESS_TOKEN);
    if (authorization == null
        || authorization.getAccessToken() == null
        || !authorization.getAccessToken().isActive()) {
      return Optional.empty();
    }
    RegisteredClient client =
        registered.repository().findById(authorization.getRegisteredClientId());
    if (client == null || !clients.enabled(client.getClientId())) {
      return Optional.empty();
    }
    return Optional.of(
        new Grant(
            client.getClientId(),
            jwt.getSubject(),
            Set.copyOf(authorization.getAccessToken().getToken().getScopes())));
  }

  @Override
  public OptionalLong throttle(String clientId) {
    return perClient.tryAcquire(clientId)
        ? OptionalLong.empty()
        : OptionalLong.of(perClient.retryAfterSeconds());
  }

  @Override
  public List<AllowedApp> appsAllowedBy(String principalName) {
    return jdbc.sql(
            """
            select r.client_id, r.client_name, c.authorities,
                   (select max(a.access_token_issued_at) from oauth2_authorization a
                     where a.registered_client_id = c.registered_client_id
                       and a.principal_name = c.principal_name) as last_used
              from oauth2_authorization_consent c
              join oauth2_registered_client r on r.id = c.registered_client_id
             where c.principal_name = ?
             order by r.client_name""")
        .param(principalName)
        .query(
            (rs, n) ->
                new AllowedApp(
                    rs.getString(1),
                    rs.getString(2),
                    scopes(rs.getString(3)),
                    rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
        .list();
  }

  @Override
  @Transactional
  public int endTokensOf(String principalName) {
    int ended =
        jdbc.sql("delete from oauth2_authorization where principal_name = ?")
            .param(principalName)
            .update();
    audit.record(
        AuditEvent.success(
            "oauth.tokens.end", "principal", principalName, ended + " authorizations ended"));
    return ended;
  }

  /**
   * The consent goes and so do the authorizations (codes, tokens) the app holds for the person:
   * their tokens are refused from the next call.
   */
  @Override
  @Transactional
  public void revoke(String principalName, String clientId) {
    RegisteredClient client = registered.repository().findByClientId(clientId);
    if (client == null) {
      return;
    }
    var consent = consents.findById(client.getId(), principalName);
    if (consent != null) {
      consents.remove(consent);
    }
    int ended =
        jdbc.sql(
                "delete from oauth2_authorization where registered_client_id = ? and principal_name = ?")
            .param(client.getId())
            .param(principalName)
            .update();
    audit.record(
        AuditEvent.success(
            "oauth.consent.revoke", "oauth_client", clientId, ended + " authorizations ended"));
  }

  /** {@code SCOPE_booking,SCOPE_messages} to the scopes the citizen knows. */
  private static List<AppScope> scopes(String authorities) {
    Set<String> values = new TreeSet<>();
    for (String authority : authorities.split(",")) {
      values.add(authority.strip().replaceFirst("^SCOPE_", ""));
    }
    return values.stream().map(AppScope::of).flatMap(Optional::stream).toList();
  }
}
