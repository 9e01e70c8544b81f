package cn.minzheng.platform.security.oauth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every token request leaves an authorization row (a department calling every few minutes leaves
 * hundreds a day), and every flow the city app starts leaves one before the citizen consents. Both
 * kinds go hourly, in one statement: a row once its code and tokens (the refresh token last) have
 * expired, after {@code minzheng.oauth.expired-kept-for}; a row the citizen never consented to (no
 * code, no token) once it is {@code minzheng.oauth.abandoned-after} old. Consents are kept; they
 * are the citizen's to withdraw.
 */
@Component
class ExpiredAuthorizations {

  private final JdbcClient jdbc;
  private final OAuthProperties properties;

  ExpiredAuthorizations(JdbcClient jdbc, OAuthProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT11M")
  int forget() {
    return jdbc.sql(
            """
            delete from oauth2_authorization
             where coalesce(refresh_token_expires_at, access_token_expires_at,
                            authorization_code_expires_at)
                   < now() - make_interval(secs => ?)
                or (authorization_code_value is null and access_token_value is null
                    and created_at < now() - make_interval(secs => ?))""")
        .param(properties.expiredKeptFor().toSeconds())
        .param(properties.abandonedAfter().toSeconds())
        .update();
  }
}
