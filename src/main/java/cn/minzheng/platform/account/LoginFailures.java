package cn.minzheng.platform.account;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-in steps per account and client address ({@code platform.login_failure}). A block
 * holds one address off one account; it never locks the account for its owner elsewhere.
 */
@Repository
class LoginFailures {

  private final JdbcClient jdbc;

  LoginFailures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean blocked(long accountId, String address, Instant now) {
    return jdbc.sql(
            "select exists (select 1 from platform.login_failure where account_id = ?"
                + " and address = ? and blocked_until > ?)")
        .params(accountId, address, Timestamp.from(now))
        .query(Boolean.class)
        .single();
  }

  /**
   * Counts one failure and blocks the address once the count reaches {@code maxAttempts}. A block
   * that has run out starts a fresh count, so one more miss after it does not block again.
   *
   * @return the failures counted from this address since the last block or success
   */
  int record(long accountId, String address, int maxAttempts, Instant now, Instant blockUntil) {
    return jdbc.sql(
            """
            insert into platform.login_failure as f
                   (account_id, address, failures, blocked_until, last_failure_at)
            values (:account, :address, 1,
                    case when 1 >= :max then cast(:until as timestamptz) end, :now)
            on conflict (account_id, address) do update
               set failures = case when f.blocked_until <= :now then 1 else f.failures + 1 end,
                   blocked_until =
                     case when (case when f.blocked_until <= :now then 1 else f.failures + 1 end)
                               >= :max then cast(:until as timestamptz)
                          when f.blocked_until <= :now then null
                          else f.blocked_until end,
                   last_failure_at = :now
            returning failures""")
        .param("account", accountId)
        .param("address", address)
        .param("max", maxAttempts)
        .param("until", Timestamp.from(blockUntil))
        .param("now", Timestamp.from(now))
        .query(Integer.class)
        .single();
  }

  void clear(long accountId, String address) {
    jdbc.sql("delete from platform.login_failure where account_id = ? and address = ?")
        .params(accountId, address)
        .update();
  }

  void clearAll(long accountId) {
    jdbc.sql("delete from platform.login_failure where account_id = ?").param(accountId).update();
  }

  /** The addresses that are held off the account right now (the account page shows them). */
  int blockedAddresses(long accountId, Instant now) {
    return jdbc.sql(
            "select count(*) from platform.login_failure where account_id = ? and blocked_until > ?")
        .params(accountId, Timestamp.from(now))
        .query(Integer.class)
        .single();
  }
}
