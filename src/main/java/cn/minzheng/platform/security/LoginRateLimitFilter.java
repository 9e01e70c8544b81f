package cn.minzheng.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits POSTs to the login and one-time-code endpoints per client address and per username, and
 * answers 429 in Chinese. The client address is the servlet's remote address: behind a reverse
 * proxy set {@code server.forward-headers-strategy} so that it is the real client's.
 */
final class LoginRateLimitFilter extends OncePerRequestFilter {

  static final String MESSAGE = "尝试过于频繁，请稍后再试。";

  private final List<String> paths;
  private final TokenBuckets perAddress;
  private final TokenBuckets perUsername;
  private final AntPathMatcher matcher = new AntPathMatcher();

  LoginRateLimitFilter(List<String> paths, TokenBuckets perAddress, TokenBuckets perUsername) {
    this.paths = List.copyOf(paths);
    this.perAddress = perAddress;
    this.perUsername = perUsername;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return paths.stream().noneMatch(pattern -> matcher.match(pattern, path));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean allowed = perAddress.tryAcquire(request.getRemoteAddr());
    String username = usernameOf(request);
    if (allowed && username != null) {
      allowed = perUsername.tryAcquire(username);
    }
    if (allowed) {
      chain.doFilter(request, response);
    } else {
      refuse(request, response);
    }
  }

  /** The username typed on the login form, or the one whose second factor is pending. */
  private static String usernameOf(HttpServletRequest request) {
    String typed = request.getParameter("username");
    if (typed != null && !typed.isBlank()) {
      return StaffAuthenticationProvider.normalise(typed);
    }
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    return current == null ? null : current.getName();
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("Retry-After", String.valueOf(perAddress.retryAfterSeconds()));
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String accept = request.getHeader("Accept");
    if (accept != null && accept.contains("json")) {
      ProblemResponses.write(response, 429, "请求过于频繁", MESSAGE);
      return;
    }
    response.setContentType("text/html");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<title>请求过于频繁</title>"
                + "<link rel=\"stylesheet\" href=\"/webjars/bootstrap/css/bootstrap.min.css\">"
                + "</head><body class=\"container py-5\"><div class=\"alert alert-warning\""
                + " data-testid=\"rate-limited\">"
                + MESSAGE
                + "</div><a href=\"/login\">返回登录</a></body></html>");
  }
}
