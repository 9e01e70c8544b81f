package cn.minzheng.platform.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions in PostgreSQL (tables of the root migration), so that application nodes stay stateless
 * and every session of a user can be found and ended. Boot 4 has no Spring Session
 * auto-configuration on the class path here, hence the explicit set-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SessionConfig {

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
      @Value("${spring.session.timeout:30m}") Duration timeout) {
    return repository -> repository.setDefaultMaxInactiveInterval(timeout);
  }

  @Bean
  CookieSerializer cookieSerializer() {
    DefaultCookieSerializer serializer = new DefaultCookieSerializer();
    serializer.setCookieName("SESSION");
    serializer.setUseHttpOnlyCookie(true);
    serializer.setSameSite("Lax");
    serializer.setCookiePath("/");
    return serializer;
  }
}
