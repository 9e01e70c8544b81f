package cn.minzheng.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class StaleLoginFailuresTest {

  @Autowired JdbcClient jdbc;
  @Autowired StaleLoginFailures stale;

  @Test
  void forgetsOldFailuresThatBlockNothingAndKeepsRecentOnesAndRunningBlocks() {
    Instant now = Instant.now();
    Duration day = Duration.ofHours(24);
    long account =
        jdbc.sql(
                "insert into platform.staff_account (username, display_name, region_code, roles,"
                    + " password_hash, created_by, updated_by) values ('stale-failures', '测试',"
                    + " '510100000000', array['CITY_ADMIN'], 'x', 'test', 'test') returning id")
            .query(Long.class)
            .single();
    failure(account, "10.0.0.1", now.minus(day).minusSeconds(1), null); // old, nothing blocked
    failure(account, "10.0.0.2", now.minus(day).plusSeconds(1), null); // within the day
    failure(account, "10.0.0.3", now.minus(day).minusSeconds(1), now.plusSeconds(60)); // blocking
    failure(account, "10.0.0.4", now.minus(day.multipliedBy(2)), now.minusSeconds(1)); // ran out

    assertThat(stale.forget(now)).isEqualTo(2);

    assertThat(
            jdbc.sql(
                    "select address from platform.login_failure where account_id = ?"
                        + " order by address")
                .param(account)
                .query(String.class)
                .list())
        .isEqualTo(List.of("10.0.0.2", "10.0.0.3"));
  }

  private void failure(long account, String address, Instant last, Instant blockedUntil) {
    jdbc.sql(
            "insert into platform.login_failure (account_id, address, failures, blocked_until,"
                + " last_failure_at) values (?, ?, 3, ?, ?)")
        .params(
            account,
            address,
            blockedUntil == null ? null : Timestamp.from(blockedUntil),
            Timestamp.from(last))
        .update();
  }
}
