package cn.minzheng.platform.security.oauth;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Refresh tokens for the city's app, a public client (no secret): Spring Authorization Server
 * issues none to a public client and lets one authenticate only with a PKCE code. Here the app's
 * refresh token is issued, and a refresh request naming only its client id is taken, because the
 * refresh token rotates (a used one is replaced at once, {@code reuseRefreshTokens=false}), lives
 * {@code minzheng.oauth.refresh-token-ttl}, and ends with the citizen's revocation, which deletes
 * the authorization it belongs to. The 5-minute access tokens stay as they are.
 */
final class AppRefreshTokens {

  private AppRefreshTokens() {}

  /** Issues refresh tokens to every client that has the grant, public ones included. */
  static final class Generator implements OAuth2TokenGenerator<OAuth2RefreshToken> {

    private final StringKeyGenerator values =
        new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 96);

    @Override
    public @Nullable OAuth2RefreshToken generate(OAuth2TokenContext context) {
      if (!OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType())
          || !context
              .getRegisteredClient()
              .getAuthorizationGrantTypes()
              .contains(AuthorizationGrantType.REFRESH_TOKEN)) {
        return null;
      }
      Instant issuedAt = Instant.now();
      return new OAuth2RefreshToken(
          values.generateKey(),
          issuedAt,
          issuedAt.plus(
              context.getRegisteredClient().getTokenSettings().getRefreshTokenTimeToLive()));
    }
  }

  /** A refresh request with a client id and neither a secret nor an Authorization header. */
  static final class Converter implements AuthenticationConverter {

    @Override
    public @Nullable Authentication convert(HttpServletRequest request) {
      if (!"POST".equals(request.getMethod())
          || !AuthorizationGrantType.REFRESH_TOKEN
              .getValue()
              .equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))
          || request.getHeader("Authorization") != null
          || request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null) {
        return null;
      }
      String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
      if (clientIds == null || clientIds.length != 1 || clientIds[0].isBlank()) {
        return null;
      }
      return new OAuth2ClientAuthenticationToken(
          clientIds[0],
          ClientAuthenticationMethod.NONE,
          null,
          Map.of(OAuth2ParameterNames.GRANT_TYPE, AuthorizationGrantType.REFRESH_TOKEN.getValue()));
    }
  }

  /**
   * Authenticates such a request as the public client it names, if that client (enabled: the
   * repository hides disabled ones) is public and may refresh.
   */
  static final class Provider implements AuthenticationProvider {

    private final RegisteredClientRepository clients;

    Provider(RegisteredClientRepository clients) {
      this.clients = clients;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
      OAuth2ClientAuthenticationToken request = (OAuth2ClientAuthenticationToken) authentication;
      if (!ClientAuthenticationMethod.NONE.equals(request.getClientAuthenticationMethod())
          || !AuthorizationGrantType.REFRESH_TOKEN
              .getValue()
              .equals(request.getAdditionalParameters().get(OAuth2ParameterNames.GRANT_TYPE))) {
        return null;
      }
      RegisteredClient client = clients.findByClientId((String) request.getPrincipal());
      if (client == null
          || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)
          || !client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.REFRESH_TOKEN)) {
        throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
      }
      return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
    }

    @Override
    public boolean supports(Class<?> authentication) {
      return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
    }
  }
}
