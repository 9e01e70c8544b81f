package cn.minzheng.payments;

/**
 * A month of one programme's entitlements, streamed into a staging table (PostgreSQL COPY) and then
 * put in place as a set by {@link #replaceMonth()}. Rows added but never replaced (a crash, an
 * exception) leave the month as it was; {@link #close()} discards them.
 *
 * <pre>{@code
 * try (EntitlementBatch batch = entitlements.open(Programme.DIBAO, YearMonth.of(2026, 5))) {
 *   rows.forEach(batch::add);
 *   MonthReplaced result = batch.replaceMonth();
 * }
 * }</pre>
 */
public interface EntitlementBatch extends AutoCloseable {

  void add(Entitlement entitlement);

  /**
   * Makes the staged rows the month's entitlements, in one transaction: new rows inserted, changed
   * ones updated, rows no longer present removed, unchanged rows untouched.
   *
   * @throws MonthLockedException when a roster of this programme and month is approved already
   */
  MonthReplaced replaceMonth();

  @Override
  void close();
}
