package cn.minzheng.portal.web;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.OAuthGrants;
import cn.minzheng.platform.ResourceOwnerSessions;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.account.CitizenSignIn;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * {@code /api/v1/citizen/**}: the citizen's own bookings, applications and messages as JSON, for
 * the city's app. The caller is the citizen signed in to the portal (the same session and security
 * context as {@code /portal/**}) or the city's app with a token the citizen allowed ({@link
 * AppTokenFilter}); a staff session or a service account's token counts as no citizen here. Errors
 * are problem details, never the login page.
 */
@Configuration(proxyBeanMethods = false)
class CitizenApiSecurityConfig {

  private static final AuthorizationManager<RequestAuthorizationContext> CITIZEN =
      (authentication, context) ->
          new AuthorizationDecision(authentication.get() instanceof CitizenAuthentication);

  /** The portal's citizens are the persons who consent to the city's app. */
  @Bean
  ResourceOwnerSessions resourceOwnerSessions() {
    return new ResourceOwnerSessions() {
      @Override
      public String securityContextAttribute() {
        return PortalSecurityConfig.CONTEXT_ATTRIBUTE;
      }

      @Override
      public String signInPage() {
        return "/portal/login";
      }
    };
  }

  @Bean
  @Order(0)
  SecurityFilterChain citizenApiChain(
      HttpSecurity http, OAuthGrants grants, CitizenSignIn citizens, AuditLog audit)
      throws Exception {
    http.securityMatcher("/api/v1/citizen/**")
        .addFilterBefore(
            new AppTokenFilter(grants, citizens, audit), BasicAuthenticationFilter.class)
        // A bearer token is not sent by the browser by itself: no CSRF risk for those calls.
        .csrf(csrf -> csrf.ignoringRequestMatchers(AppTokenFilter::hasBearer))
        .authorizeHttpRequests(rules -> rules.anyRequest().access(CITIZEN))
        .securityContext(
            context -> context.securityContextRepository(PortalSecurityConfig.citizenContexts()))
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(
                        (request, response, e) -> problem(response, 401, "未认证", "请先以群众身份登录。"))
                    .accessDeniedHandler(
                        (request, response, e) -> problem(response, 403, "无权访问", "当前身份无权执行此操作。")));
    return http.build();
  }

  static void problem(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/problem+json");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + title
                + "\",\"status\":"
                + status
                + ",\"detail\":\""
                + detail
                + "\"}");
  }
}
