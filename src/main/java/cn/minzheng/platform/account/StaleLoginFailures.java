package cn.minzheng.platform.account;

import cn.minzheng.platform.AddressFailures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets failed sign-in steps that are old and no longer block anything, for every kind of account
 * (staff, citizens): without it a typo made months ago would still count towards the next block,
 * and the tables would keep one row for every address that ever mistyped a password.
 */
@Component
class StaleLoginFailures {

  private final List<AddressFailures> tables;
  private final LockoutPolicy lockout;
  private final Duration forgetAfter;

  StaleLoginFailures(
      List<AddressFailures> tables,
      LockoutPolicy lockout,
      @Value("${minzheng.security.lockout.forget-after:24h}") Duration forgetAfter) {
    this.tables = tables;
    this.lockout = lockout;
    this.forgetAfter = forgetAfter;
  }

  @Scheduled(cron = "${minzheng.security.lockout.forget-cron:0 17 * * * *}", zone = "Asia/Shanghai")
  void forgetNow() {
    forget(lockout.now());
  }

  /**
   * @return the rows forgotten in all tables
   */
  int forget(Instant now) {
    return tables.stream().mapToInt(t -> t.forget(now.minus(forgetAfter), now)).sum();
  }
}
