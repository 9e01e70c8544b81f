package cn.minzheng.platform.security;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.database.RowScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds a signed-in staff member's region subtree to the request thread for the database's row
 * security (migration platform V7), after Spring Security has established who is calling. Citizens,
 * service accounts and anonymous callers bind nothing: their ways in check their own, narrower
 * rules (a citizen sees only their own records), which a region subtree cannot express.
 */
@Configuration(proxyBeanMethods = false)
class RowScopeFilter {

  /** After Spring Security's filter chain (order -100), before anything that reads records. */
  private static final int ORDER = 0;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> rowScopeBinding(
      CurrentUser currentUser, DataScope dataScope) {
    var registration =
        new FilterRegistrationBean<OncePerRequestFilter>(
            new OncePerRequestFilter() {
              @Override
              protected void doFilterInternal(
                  HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                  throws ServletException, IOException {
                if (currentUser.staff().isEmpty()) {
                  chain.doFilter(request, response);
                  return;
                }
                RowScope.bind(dataScope.current());
                try {
                  chain.doFilter(request, response);
                } finally {
                  RowScope.clear();
                }
              }
            });
    registration.setOrder(ORDER);
    return registration;
  }
}
