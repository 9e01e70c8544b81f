package cn.minzheng.platform.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets failed sign-in steps that are old and no longer block anything. Without it a typo made
 * months ago would still count towards the next block, and {@code platform.login_failure} would
 * keep one row for every address that ever mistyped a password.
 */
@Component
class StaleLoginFailures {

  private final JdbcClient jdbc;
  private final LockoutPolicy lockout;
  private final Duration forgetAfter;

  StaleLoginFailures(
      JdbcClient jdbc,
      LockoutPolicy lockout,
      @Value("${minzheng.security.lockout.forget-after:24h}") Duration forgetAfter) {
    this.jdbc = jdbc;
    this.lockout = lockout;
    this.forgetAfter = forgetAfter;
  }

  @Scheduled(cron = "${minzheng.security.lockout.forget-cron:0 17 * * * *}", zone = "Asia/Shanghai")
  void forgetNow() {
    forget(lockout.now());
  }

  /**
   * @return the rows forgotten: last failure before {@code now - forgetAfter} and no block running
   */
  int forget(Instant now) {
    return jdbc.sql(
            "delete from platform.login_failure where last_failure_at < ?"
                + " and (blocked_until is null or blocked_until <= ?)")
        .params(Timestamp.from(now.minus(forgetAfter)), Timestamp.from(now))
        .update();
  }
}
