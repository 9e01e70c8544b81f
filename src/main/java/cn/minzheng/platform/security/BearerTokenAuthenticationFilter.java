package cn.minzheng.platform.security;

import cn.minzheng.platform.ServiceAccountAuthentication;
import cn.minzheng.platform.apiaccess.ServiceAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} of a service account. The authentication lives for the one
 * request (never in a session); a wrong token is answered 401 at once rather than falling back to
 * anonymous.
 */
final class BearerTokenAuthenticationFilter extends OncePerRequestFilter {

  private static final String PREFIX = "Bearer ";

  private final ServiceAccounts serviceAccounts;

  BearerTokenAuthenticationFilter(ServiceAccounts serviceAccounts) {
    this.serviceAccounts = serviceAccounts;
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
    Optional<ServiceAccountAuthentication> account = serviceAccounts.authenticate(token);
    if (account.isEmpty()) {
      ProblemResponses.write(response, 401, "未认证", "访问令牌无效或已吊销。");
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(account.get());
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
