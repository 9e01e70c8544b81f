package cn.minzheng.platform.security.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hourly clean-up with its default ages (one hour each): a flow the citizen left at the consent
 * page goes once it is an hour old and not before; a row with a refresh token stays while the
 * refresh token is valid, however long ago its access token expired, and goes an hour after the
 * refresh token expired; an unexchanged code goes an hour after its expiry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AbandonedAuthorizationsTest {

  @Autowired ExpiredAuthorizations expired;
  @Autowired JdbcClient jdbc;

  final String client = "cleanup-" + UUID.randomUUID();

  @Test
  void abandonedFlowsGoAtTheConfiguredAgeAndRefreshableOnesStayWhileTheRefreshTokenIsValid() {
    String abandonedLongAgo = pending(Duration.ofMinutes(61));
    String abandonedJustNow = pending(Duration.ofMinutes(59));
    String refreshable = refreshable(Duration.ofHours(-2), Duration.ofDays(29));
    String refreshExpired = refreshable(Duration.ofDays(-30), Duration.ofMinutes(-61));
    String refreshJustExpired = refreshable(Duration.ofDays(-30), Duration.ofMinutes(-59));
    String codeNeverExchanged = unexchangedCode(Duration.ofMinutes(-62));

    expired.forget();

    assertThat(remaining())
        .containsExactlyInAnyOrder(abandonedJustNow, refreshable, refreshJustExpired)
        .doesNotContain(abandonedLongAgo, refreshExpired, codeNeverExchanged);
  }

  /** A row made {@code age} ago when the app sent the citizen to the consent page. */
  private String pending(Duration age) {
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            """
            insert into oauth2_authorization (id, registered_client_id, principal_name,
                   authorization_grant_type, state, created_at)
            values (?, ?, 'citizen-1', 'authorization_code', ?, now() - make_interval(secs => ?))""")
        .params(id, client, "state-" + id, age.toSeconds())
        .update();
    return id;
  }

  /** Access token expiring {@code access} from now, refresh token {@code refresh} from now. */
  private String refreshable(Duration access, Duration refresh) {
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            """
            insert into oauth2_authorization (id, registered_client_id, principal_name,
                   authorization_grant_type, access_token_value, access_token_expires_at,
                   refresh_token_value, refresh_token_expires_at, created_at)
            values (?, ?, 'citizen-1', 'authorization_code', ?,
                    now() + make_interval(secs => ?), ?, now() + make_interval(secs => ?),
                    now() - interval '31 days')""")
        .params(id, client, "at-" + id, access.toSeconds(), "rt-" + id, refresh.toSeconds())
        .update();
    return id;
  }

  private String unexchangedCode(Duration expiry) {
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            """
            insert into oauth2_authorization (id, registered_client_id, principal_name,
                   authorization_grant_type, authorization_code_value,
                   authorization_code_expires_at, created_at)
            values (?, ?, 'citizen-1', 'authorization_code', ?,
                    now() + make_interval(secs => ?), now() - interval '2 hours')""")
        .params(id, client, "code-" + id, expiry.toSeconds())
        .update();
    return id;
  }

  private List<String> remaining() {
    return jdbc.sql("select id from oauth2_authorization where registered_client_id = ?")
        .param(client)
        .query(String.class)
        .list();
  }
}
