package cn.minzheng.platform.security.oauth;

import cn.minzheng.platform.ResourceOwnerSessions;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The platform's authorization server (Spring Authorization Server): clients, authorizations and
 * consents in PostgreSQL, signing keys from {@link SigningKeys}. Its endpoints ({@code /oauth2/**},
 * the metadata under {@code /.well-known}) have their own chain; the person who consents is the
 * citizen signed in to the portal ({@link ResourceOwnerSessions}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuthProperties.class)
class AuthorizationServerConfig {

  static final String CONSENT_PAGE = "/oauth2/consent";

  /**
   * As the other chains, but the consent form's answer is a redirect to the app's own https address
   * (browsers apply {@code form-action} to redirects too).
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
          + "object-src 'none'; base-uri 'self'; form-action 'self' https:; frame-ancestors 'none'";

  @Bean
  RegisteredClientRepository registeredClientRepository(
      JdbcRegisteredClients clients, JdbcClient jdbc) {
    return new EnabledClients(clients.repository(), jdbc);
  }

  /**
   * With every client, so that an authorization of a disabled client is still found and refused.
   */
  @Bean
  OAuth2AuthorizationService authorizationService(
      JdbcTemplate jdbc, JdbcRegisteredClients clients) {
    return new JdbcOAuth2AuthorizationService(jdbc, clients.repository());
  }

  @Bean
  OAuth2AuthorizationConsentService authorizationConsentService(
      JdbcTemplate jdbc, JdbcRegisteredClients clients) {
    return new JdbcOAuth2AuthorizationConsentService(jdbc, clients.repository());
  }

  @Bean
  JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
    return new DatabaseJwkSource(keys);
  }

  /** Names the current signing key in each token's header: the signer picks exactly that key. */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> signingKeyInHeader(SigningKeys keys) {
    return context -> context.getJwsHeader().keyId(keys.signingKey().getKeyID());
  }

  /**
   * JWT access tokens signed with the current key (its id in the header), and refresh tokens for
   * the city's app too ({@link AppRefreshTokens}).
   */
  @Bean
  OAuth2TokenGenerator<?> tokenGenerator(
      JWKSource<SecurityContext> keys,
      OAuth2TokenCustomizer<JwtEncodingContext> signingKeyInHeader) {
    JwtGenerator jwts = new JwtGenerator(new NimbusJwtEncoder(keys));
    jwts.setJwtCustomizer(signingKeyInHeader);
    return new DelegatingOAuth2TokenGenerator(jwts, new AppRefreshTokens.Generator());
  }

  /** The API's check of the platform's own tokens: no clock skew, the issuer is this server. */
  @Bean
  JwtDecoder platformTokenDecoder(JWKSource<SecurityContext> keys) {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
    decoder.setJwtValidator(new JwtTimestampValidator(Duration.ZERO));
    return decoder;
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings() {
    return AuthorizationServerSettings.builder().build();
  }

  @Bean
  @Order(0)
  SecurityFilterChain authorizationServerChain(
      HttpSecurity http,
      ObjectProvider<ResourceOwnerSessions> owners,
      RegisteredClientRepository clients)
      throws Exception {
    ResourceOwnerSessions sessions = owners.getIfAvailable();
    http.oauth2AuthorizationServer(
            server -> {
              http.securityMatcher(
                  new OrRequestMatcher(
                      server.getEndpointsMatcher(),
                      PathPatternRequestMatcher.withDefaults().matcher(CONSENT_PAGE)));
              server.authorizationEndpoint(endpoint -> endpoint.consentPage(CONSENT_PAGE));
              server.clientAuthentication(
                  client ->
                      client
                          .authenticationConverter(new AppRefreshTokens.Converter())
                          .authenticationProvider(new AppRefreshTokens.Provider(clients)));
            })
        // The person consenting is a citizen; the token endpoint's caller is the client itself.
        .authorizeHttpRequests(
            rules ->
                rules
                    .requestMatchers("/oauth2/authorize", CONSENT_PAGE)
                    .hasAuthority("ROLE_CITIZEN")
                    .anyRequest()
                    .authenticated())
        .securityContext(
            context -> context.securityContextRepository(new CitizenContexts(sessions)))
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .exceptionHandling(
            errors ->
                errors.authenticationEntryPoint(
                    (request, response, e) -> {
                      if (sessions == null) {
                        response.sendError(401);
                        return;
                      }
                      String back =
                          request.getRequestURI()
                              + (request.getQueryString() == null
                                  ? ""
                                  : "?" + request.getQueryString());
                      response.sendRedirect(
                          request.getContextPath()
                              + sessions.signInPage()
                              + "?continue="
                              + URLEncoder.encode(back, StandardCharsets.UTF_8));
                    }))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }
}
