package cn.minzheng.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;

/**
 * Failed sign-in steps counted per account AND client address, for any kind of account (staff in
 * the platform schema's login_failure table, citizens in the portal schema's). A block holds one
 * address off one account; it never locks the account for its owner elsewhere, so nobody can lock a
 * known account by guessing at it. Each module subclasses it for its own table, whose columns are
 * {@code account_id, address, failures, blocked_until, last_failure_at} with the primary key {@code
 * (account_id, address)}.
 */
@NamedInterface("security")
public abstract class AddressFailures {

  private static final Pattern TABLE = Pattern.compile("[a-z_]+\\.[a-z_]+");

  private final JdbcClient jdbc;
  private final String table;

  protected AddressFailures(JdbcClient jdbc, String table) {
    if (!TABLE.matcher(table).matches()) {
      throw new IllegalArgumentException("not a schema-qualified table name: " + table);
    }
    this.jdbc = jdbc;
    this.table = table;
  }

  public boolean blocked(long accountId, String address, Instant now) {
    return jdbc.sql(
            "select exists (select 1 from "
                + table
                + " where account_id = ? and address = ? and blocked_until > ?)")
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
  public int record(
      long accountId, String address, int maxAttempts, Instant now, Instant blockUntil) {
    return jdbc.sql(
            """
            insert into %s as f
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
            returning failures"""
                .formatted(table))
        .param("account", accountId)
        .param("address", address)
        .param("max", maxAttempts)
        .param("until", Timestamp.from(blockUntil))
        .param("now", Timestamp.from(now))
        .query(Integer.class)
        .single();
  }

  public void clear(long accountId, String address) {
    jdbc.sql("delete from " + table + " where account_id = ? and address = ?")
        .params(accountId, address)
        .update();
  }

  public void clearAll(long accountId) {
    jdbc.sql("delete from " + table + " where account_id = ?").param(accountId).update();
  }

  /** The addresses that are held off the account right now. */
  public int blockedAddresses(long accountId, Instant now) {
    return jdbc.sql("select count(*) from " + table + " where account_id = ? and blocked_until > ?")
        .params(accountId, Timestamp.from(now))
        .query(Integer.class)
        .single();
  }

  /**
   * Forgets failures whose last one is before {@code lastBefore} and that block nothing at {@code
   * now}: an old typo never counts towards a new block, and the table does not keep every address
   * that ever mistyped.
   *
   * @return the rows forgotten
   */
  public int forget(Instant lastBefore, Instant now) {
    return jdbc.sql(
            "delete from "
                + table
                + " where last_failure_at < ? and (blocked_until is null or blocked_until <= ?)")
        .params(Timestamp.from(lastBefore), Timestamp.from(now))
        .update();
  }
}
