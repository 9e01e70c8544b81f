package cn.minzheng.platform;

import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes the runs of one month of one piece of monthly work (a payments programme month, a subsidy
 * month, the elderly allowance month) take turns, across threads and application nodes: a
 * transaction-scoped PostgreSQL advisory lock, held until the caller's transaction ends. Several
 * events at once (eight deaths) each recompute the same month; without it their writes to the
 * month's rows interleave.
 */
@NamedInterface("locks")
@Component
public class MonthLock {

  private final JdbcClient jdbc;

  MonthLock(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Waits until no other transaction holds {@code work}'s lock of {@code month}, then holds it to
   * the end of the caller's transaction.
   *
   * @param work what is computed, e.g. {@code payments.DIBAO} or {@code disability.CARE}
   * @throws IllegalStateException outside a transaction: the lock would end with its own statement
   *     and serialise nothing
   */
  public void acquire(String work, YearMonth month) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("a month lock needs a transaction: " + work + " " + month);
    }
    jdbc.sql("select pg_advisory_xact_lock(hashtext(:work), hashtext(:month))")
        .param("work", work)
        .param("month", month.toString())
        .query()
        .singleRow();
  }
}
