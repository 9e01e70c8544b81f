package cn.minzheng.portal.web;

import cn.minzheng.platform.AppScope;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.OAuthGrants;
import cn.minzheng.platform.OAuthGrants.Grant;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.portal.account.CitizenSignIn;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The city's app calling {@code /api/v1/citizen/**} for a citizen with a token of the platform's
 * authorization server (authorization code + PKCE, the citizen's consent). The token reaches only
 * the services the citizen allowed — bookings with {@code booking}, applications with {@code
 * applications}, messages with {@code messages} — and only the citizen's own records, exactly as
 * the citizen's own session does. Limited per client (429) and audited with the client.
 */
final class AppTokenFilter extends OncePerRequestFilter {

  private static final String PREFIX = "Bearer ";
  private static final Pattern SUBJECT = Pattern.compile("citizen-(\\d{1,18})");

  private final OAuthGrants grants;
  private final CitizenSignIn citizens;
  private final AuditLog audit;

  AppTokenFilter(OAuthGrants grants, CitizenSignIn citizens, AuditLog audit) {
    this.grants = grants;
    this.citizens = citizens;
    this.audit = audit;
  }

  static boolean hasBearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /** The service a path belongs to: the scope a token needs for it. */
  static Optional<AppScope> scopeFor(String path) {
    if (path.matches("/api/v1/citizen/[a-z-]+/bookings(/.*)?")) {
      return Optional.of(AppScope.BOOKING);
    }
    if (path.matches("/api/v1/citizen/[a-z-]+/applications(/.*)?")) {
      return Optional.of(AppScope.APPLICATIONS);
    }
    if (path.matches("/api/v1/citizen/messages(/.*)?")) {
      return Optional.of(AppScope.MESSAGES);
    }
    return Optional.empty();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!hasBearer(request)) {
      chain.doFilter(request, response);
      return;
    }
    String token = request.getHeader("Authorization").substring(PREFIX.length()).trim();
    Optional<Grant> grant = grants.verify(token);
    Matcher subject = SUBJECT.matcher(grant.map(Grant::subject).orElse(""));
    Optional<Citizen> citizen =
        subject.matches()
            ? citizens.activeAccount(Long.parseLong(subject.group(1)))
            : Optional.empty();
    if (citizen.isEmpty()) {
      CitizenApiSecurityConfig.problem(response, 401, "未认证", "访问令牌无效、已过期或已被撤销授权。");
      return;
    }
    OptionalLong wait = grants.throttle(grant.get().clientId());
    if (wait.isPresent()) {
      response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
      CitizenApiSecurityConfig.problem(response, 429, "请求过于频繁", "该应用的调用次数已达上限，请稍后再试。");
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<AppScope> needed = scopeFor(path);
    if (needed.isEmpty() || !grant.get().hasScope(needed.get().value())) {
      audit.record(
          AuditEvent.denied(
              "api.call",
              "oauth_client",
              grant.get().clientId(),
              request.getMethod() + " " + path));
      CitizenApiSecurityConfig.problem(
          response,
          403,
          "无权访问",
          needed.map(s -> "群众未授权该应用使用“" + s.label() + "”服务。").orElse("应用不能调用该接口。"));
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(CitizenAuthentication.of(citizen.get()));
    SecurityContextHolder.setContext(context);
    audit.record(
        AuditEvent.success(
            "api.call", "oauth_client", grant.get().clientId(), request.getMethod() + " " + path));
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
