package cn.minzheng.platform.security;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.OAuthGrants;
import cn.minzheng.platform.OAuthGrants.Grant;
import cn.minzheng.platform.ServiceAccountAuthentication;
import cn.minzheng.platform.apiaccess.ServiceAccounts;
import cn.minzheng.platform.security.oauth.DepartmentClientAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} of a service account: a static token ({@code mzs_...}) or a
 * JWT the platform's authorization server issued to a department's client (client credentials). The
 * authentication lives for the one request (never in a session); a wrong token is answered 401 at
 * once rather than falling back to anonymous. A client's calls are limited per minute (429) and
 * each one is audited with the client.
 */
final class BearerTokenAuthenticationFilter extends OncePerRequestFilter {

  private static final String PREFIX = "Bearer ";

  private final ServiceAccounts serviceAccounts;
  private final OAuthGrants grants;
  private final DepartmentClientAccounts departments;
  private final AuditLog audit;

  BearerTokenAuthenticationFilter(
      ServiceAccounts serviceAccounts,
      OAuthGrants grants,
      DepartmentClientAccounts departments,
      AuditLog audit) {
    this.serviceAccounts = serviceAccounts;
    this.grants = grants;
    this.departments = departments;
    this.audit = audit;
  }

  static boolean hasBearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
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
    Optional<ServiceAccountAuthentication> account =
        grant.isPresent()
            ? grant.flatMap(departments::authenticate)
            : serviceAccounts.authenticate(token);
    if (grant.isPresent() && account.isEmpty()) {
      ProblemResponses.write(response, 403, "无权访问", "该令牌代表群众授权的应用，只能调用 /api/v1/citizen/ 下的接口。");
      return;
    }
    if (account.isEmpty()) {
      ProblemResponses.write(response, 401, "未认证", "访问令牌无效、已过期或已吊销。");
      return;
    }
    if (grant.isPresent()) {
      OptionalLong wait = grants.throttle(grant.get().clientId());
      if (wait.isPresent()) {
        response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
        ProblemResponses.write(response, 429, "请求过于频繁", "该客户端的调用次数已达上限，请稍后再试。");
        return;
      }
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(account.get());
    SecurityContextHolder.setContext(context);
    if (grant.isPresent()) {
      audit.record(
          AuditEvent.success(
              "api.call",
              "oauth_client",
              grant.get().clientId(),
              request.getMethod() + " " + request.getRequestURI()));
    }
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
