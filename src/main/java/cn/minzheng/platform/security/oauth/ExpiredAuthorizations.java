package cn.minzheng.platform.security.oauth;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every token request leaves an authorization row (a department calling every few minutes leaves
 * hundreds a day): the ones whose code and token have expired are deleted hourly, in one statement.
 * Consents are kept; they are the citizen's to withdraw.
 */
@Component
class ExpiredAuthorizations {

  /** Kept a while after expiry, for an investigation of a token that was just refused. */
  static final Duration GRACE = Duration.ofHours(1);

  private final JdbcClient jdbc;

  ExpiredAuthorizations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT11M")
  int forget() {
    return jdbc.sql(
            """
            delete from oauth2_authorization
             where refresh_token_value is null
               and coalesce(access_token_expires_at, authorization_code_expires_at)
                   < now() - make_interval(secs => ?)""")
        .param(GRACE.toSeconds())
        .update();
  }
}
