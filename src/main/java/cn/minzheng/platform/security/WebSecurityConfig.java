package cn.minzheng.platform.security;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.OAuthGrants;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.ServiceAccountAuthentication;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.apiaccess.ServiceAccounts;
import cn.minzheng.platform.security.oauth.DepartmentClientAccounts;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two chains: {@code /api/v1/**} (bearer tokens of service accounts or the staff session, problem
 * details) and everything else (staff pages, form login with TOTP). Only {@link
 * StaffAuthentication} counts as a signed-in staff member; the password-only state between the two
 * login steps reaches nothing but the TOTP pages.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class WebSecurityConfig {

  /**
   * Self only. Inline styles stay allowed because htmx inserts its indicator style element; no
   * inline script is allowed. {@code data:} images carry the TOTP QR code.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
          + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  static final String[] PUBLIC_PAGES = {
    "/login",
    "/error",
    "/error/**",
    "/css/**",
    "/js/**",
    "/images/**",
    "/favicon.ico",
    "/webjars/**",
    "/public/**",
    "/portal/**",
    "/actuator/health",
    "/actuator/health/**"
  };

  /** The scope a Prometheus scrape account's token carries (docs/security.md: metrics). */
  static final String METRICS_SCOPE = "metrics:read";

  static final AuthorizationManager<RequestAuthorizationContext> STAFF =
      (authentication, context) ->
          new AuthorizationDecision(authentication.get() instanceof StaffAuthentication);

  static final AuthorizationManager<RequestAuthorizationContext> STAFF_OR_SERVICE =
      (authentication, context) ->
          new AuthorizationDecision(
              authentication.get() instanceof StaffAuthentication
                  || authentication.get() instanceof ServiceAccountAuthentication);

  static final AuthorizationManager<RequestAuthorizationContext> SECOND_FACTOR_PENDING =
      (authentication, context) ->
          new AuthorizationDecision(authentication.get() instanceof SecondFactorPending);

  /** What a bearer token may be: a static service token or a department client's JWT. */
  record BearerTokens(
      ServiceAccounts serviceAccounts,
      OAuthGrants grants,
      DepartmentClientAccounts departments,
      AuditLog audit) {}

  @Bean
  BearerTokens bearerTokens(
      ServiceAccounts serviceAccounts,
      OAuthGrants grants,
      DepartmentClientAccounts departments,
      AuditLog audit) {
    return new BearerTokens(serviceAccounts, grants, departments, audit);
  }

  @Bean
  StaffLoginEvents staffLoginEvents(AuthenticationEventPublisher publisher) {
    return new StaffLoginEvents(publisher);
  }

  /**
   * No observation per security filter, authentication or authorisation: measured in the booking
   * rush, they were an eighth of a request's CPU (a long-task timer and tag set per filter). The
   * request itself is still observed once ({@code http.server.requests}) and login outcomes are
   * audited.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  /**
   * The metrics reveal request counts per path, pool sizes and versions: only a service account
   * with the {@value #METRICS_SCOPE} scope reads them (the scrape job sends its bearer token). No
   * session, no form login; everything else under {@code /actuator} except health is refused.
   */
  @Bean
  @Order(0)
  SecurityFilterChain metricsChain(HttpSecurity http, BearerTokens serviceAccounts)
      throws Exception {
    http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**")
        .authorizeHttpRequests(rules -> rules.anyRequest().hasAuthority("SCOPE_" + METRICS_SCOPE))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable());
    bearerTokensWithoutForms(http, serviceAccounts)
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(
                        (request, response, e) ->
                            ProblemResponses.write(response, 401, "未认证", "指标接口需要监控账户的访问令牌。"))
                    .accessDeniedHandler(
                        (request, response, e) ->
                            ProblemResponses.write(response, 403, "无权访问", "该令牌没有读取指标的权限。")));
    headers(http);
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(
      HttpSecurity http, SecurityContextRepository contexts, BearerTokens serviceAccounts)
      throws Exception {
    http.securityMatcher("/api/v1/**")
        .authorizeHttpRequests(
            rules ->
                rules
                    .requestMatchers("/api/v1/openapi", "/api/v1/openapi/**")
                    .permitAll()
                    .requestMatchers("/api/v1/docs", "/api/v1/docs/**", "/api/v1/swagger-ui/**")
                    .permitAll()
                    // Public facts for the city's app (facilities, the service list, offices).
                    .requestMatchers("/api/v1/public/**")
                    .permitAll()
                    .anyRequest()
                    .access(STAFF_OR_SERVICE))
        .securityContext(context -> context.securityContextRepository(contexts))
        // A bearer token is not sent by the browser by itself: no CSRF risk for those calls.
        .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenAuthenticationFilter::hasBearer));
    bearerTokensWithoutForms(http, serviceAccounts)
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(
                        (request, response, e) ->
                            ProblemResponses.write(response, 401, "未认证", "请先登录或提供有效的访问令牌。"))
                    .accessDeniedHandler(
                        (request, response, e) -> {
                          // Password without its second factor is not signed in.
                          if (SecurityContextHolder.getContext().getAuthentication()
                              instanceof SecondFactorPending) {
                            ProblemResponses.write(response, 401, "未认证", "请先完成双因素认证。");
                            return;
                          }
                          ProblemResponses.write(response, 403, "无权访问", "当前身份无权执行此操作。");
                        }));
    headers(http);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pageChain(
      HttpSecurity http,
      SecurityContextRepository contexts,
      StaffAuthenticationProvider staffPasswords,
      LoginOutcomes outcomes,
      StaffLoginEvents loginEvents,
      @Value(
              "${minzheng.security.rate-limit.paths:/login,/login/totp,/login/totp/enrol,/account/security/totp}")
          List<String> limitedPaths,
      @Value("${minzheng.security.rate-limit.per-address:20}") int perAddress,
      @Value("${minzheng.security.rate-limit.per-username:10}") int perUsername,
      @Value("${minzheng.security.rate-limit.period:1m}") Duration period)
      throws Exception {
    http.authorizeHttpRequests(
            rules ->
                rules
                    .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                    .permitAll()
                    .requestMatchers(PUBLIC_PAGES)
                    .permitAll()
                    .requestMatchers("/login/totp", "/login/totp/**")
                    .access(SECOND_FACTOR_PENDING)
                    .requestMatchers("/admin/accounts/**", "/admin/service-accounts/**")
                    .hasAuthority(Role.SECURITY_ADMIN.authority())
                    .requestMatchers("/admin/oauth-clients", "/admin/oauth-clients/**")
                    .hasAuthority(Role.SYSTEM_ADMIN.authority())
                    .anyRequest()
                    .access(STAFF))
        .authenticationManager(staffLogin(staffPasswords, loginEvents))
        .securityContext(context -> context.securityContextRepository(contexts))
        .sessionManagement(
            session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
        .formLogin(
            form ->
                form.loginPage("/login")
                    .loginProcessingUrl("/login")
                    .successHandler(outcomes)
                    .failureHandler(outcomes)
                    .permitAll())
        .logout(
            logout ->
                logout
                    .logoutUrl("/logout")
                    .logoutSuccessUrl("/login?logout")
                    .invalidateHttpSession(true)
                    .deleteCookies("SESSION"))
        .exceptionHandling(errors -> errors.accessDeniedHandler(pageAccessDenied()))
        .addFilterBefore(
            new LoginRateLimitFilter(
                limitedPaths,
                new TokenBuckets(perAddress, period),
                new TokenBuckets(perUsername, period)),
            UsernamePasswordAuthenticationFilter.class);
    headers(http);
    return http.build();
  }

  /**
   * A machine-facing chain: service accounts' bearer tokens, no saved requests, no login or logout
   * forms, no HTTP Basic; answers are problem details.
   */
  private static HttpSecurity bearerTokensWithoutForms(HttpSecurity http, BearerTokens tokens)
      throws Exception {
    return http.addFilterBefore(
            new BearerTokenAuthenticationFilter(
                tokens.serviceAccounts(), tokens.grants(), tokens.departments(), tokens.audit()),
            BasicAuthenticationFilter.class)
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable());
  }

  /** The password step alone; no parent manager, so that a failure is counted once. */
  private static ProviderManager staffLogin(
      StaffAuthenticationProvider staffPasswords, StaffLoginEvents loginEvents) {
    ProviderManager manager = new ProviderManager(staffPasswords);
    manager.setAuthenticationEventPublisher(loginEvents.passwordStep());
    return manager;
  }

  /**
   * Half-signed-in users finish their second factor; everyone else gets the 403 page. Denials are
   * audited from Spring Security's events (platform.audit).
   */
  private static AccessDeniedHandler pageAccessDenied() {
    return (request, response, e) -> {
      var authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication instanceof SecondFactorPending pending) {
        response.sendRedirect(request.getContextPath() + pending.nextStep());
        return;
      }
      response.sendError(403);
    };
  }

  private static void headers(HttpSecurity http) throws Exception {
    http.headers(
        headers ->
            headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
  }
}
