package cn.minzheng.portal.web;

import cn.minzheng.portal.CitizenAuthentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The citizens' chain, ahead of the staff chains: only {@code /portal/**}, its own login page and
 * its own session attribute for the security context. A citizen's sign-in is therefore invisible to
 * the staff chain (which sees an anonymous visitor), and a staff session is invisible here.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfig {

  static final String CONTEXT_ATTRIBUTE = "MINZHENG_CITIZEN_SECURITY_CONTEXT";

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
          + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private static final AuthorizationManager<RequestAuthorizationContext> CITIZEN =
      (authentication, context) ->
          new AuthorizationDecision(authentication.get() instanceof CitizenAuthentication);

  /** Not a bean: the staff side has its own repository bean and must keep it alone. */
  static HttpSessionSecurityContextRepository citizenContexts() {
    HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    contexts.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
    return contexts;
  }

  @Bean
  @Order(0)
  SecurityFilterChain portalChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/portal/**")
        .authorizeHttpRequests(
            rules ->
                rules
                    .requestMatchers(
                        "/portal/login",
                        "/portal/login/code",
                        "/portal/login/code/**",
                        "/portal/password/reset",
                        "/portal/password/reset/**",
                        "/portal/privacy",
                        "/portal/register",
                        "/portal/register/**")
                    .permitAll()
                    .anyRequest()
                    .access(CITIZEN))
        .securityContext(context -> context.securityContextRepository(citizenContexts()))
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .exceptionHandling(
            errors ->
                errors.authenticationEntryPoint(
                    new LoginUrlAuthenticationEntryPoint("/portal/login")))
        .logout(
            logout ->
                logout
                    .logoutUrl("/portal/logout")
                    .logoutSuccessUrl("/portal/login?logout")
                    .invalidateHttpSession(true))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }
}
