package cn.minzheng.platform.security;

import cn.minzheng.platform.ResourceOwnerSessions;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

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

  /**
   * The session row is written again only when something in it changed or its last access is a
   * minute old or more: a signed-in request costs no write (and, with {@code
   * synchronous_commit=on}, no wait for the disk) just to move the idle timeout by a few seconds. A
   * session therefore ends after 29 to 30 minutes without a request, never later. Attributes are
   * written as before.
   */
  static final String UPDATE_SESSION_WHEN_CHANGED =
      """
      UPDATE %TABLE_NAME% s
         SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
             MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
             PRINCIPAL_NAME = v.principal_name
        FROM (SELECT ?::char(36) AS session_id, ?::bigint AS last_access_time,
                     ?::int AS max_inactive_interval, ?::bigint AS expiry_time,
                     ?::varchar(100) AS principal_name, ?::char(36) AS primary_id) v
       WHERE s.PRIMARY_ID = v.primary_id
         AND (s.SESSION_ID <> v.session_id
              OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
              OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
              OR v.last_access_time - s.LAST_ACCESS_TIME >= 60000)
      """;

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> writeOnlyWhenChanged() {
    return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_WHEN_CHANGED);
  }

  /** Citizens' sessions are found by their account too (SessionPrincipalIndex). */
  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> principalOfStaffOrCitizen(
      ObjectProvider<ResourceOwnerSessions> citizens) {
    return repository ->
        repository.setIndexResolver(
            new SessionPrincipalIndex(
                () -> {
                  ResourceOwnerSessions owners = citizens.getIfAvailable();
                  return owners == null ? null : owners.securityContextAttribute();
                }));
  }

  /** What the session filter reads through: each session once per request (RequestSessionMemo). */
  @Bean
  @Primary
  SessionRepository<Session> sessionReadOncePerRequest(JdbcIndexedSessionRepository repository) {
    return RequestSessionMemo.around(repository);
  }

  /** Just outside Spring Session's filter, so that the memo spans both of its commits. */
  @Bean
  FilterRegistrationBean<RequestSessionMemo> requestSessionMemo() {
    FilterRegistrationBean<RequestSessionMemo> registration =
        new FilterRegistrationBean<>(new RequestSessionMemo());
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
    return registration;
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
