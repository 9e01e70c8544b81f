package cn.minzheng.portal.web;

import cn.minzheng.portal.CitizenAuthentication;
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

/**
 * {@code /api/v1/citizen/**}: the citizen's own bookings, applications and messages as JSON, for
 * the city's app. For now the caller is the citizen signed in to the portal (the same session and
 * security context as {@code /portal/**}); a staff session or a service account's token counts as
 * no citizen here. Errors are problem details, never the login page.
 */
@Configuration(proxyBeanMethods = false)
class CitizenApiSecurityConfig {

  private static final AuthorizationManager<RequestAuthorizationContext> CITIZEN =
      (authentication, context) ->
          new AuthorizationDecision(authentication.get() instanceof CitizenAuthentication);

  @Bean
  @Order(0)
  SecurityFilterChain citizenApiChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/v1/citizen/**")
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

  private static void problem(HttpServletResponse response, int status, String title, String detail)
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
