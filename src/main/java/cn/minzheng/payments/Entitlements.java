package cn.minzheng.payments;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The facade through which a programme hands over what it owes. A programme submits a whole month
 * as a set; re-submitting before the month's roster is approved replaces it and never duplicates
 * (the database holds one entitlement per person, programme and month).
 */
public interface Entitlements {

  /** Opens a batch for one programme month; streams rows through COPY (millions of rows). */
  EntitlementBatch open(Programme programme, YearMonth month);

  /**
   * Replaces the month with the rows of a query of the programme's own tables, set-based (no row
   * passes through Java). The query must return the columns {@code person_id, amount, basis,
   * region_code, case_ref} in this order. It is SQL written by the calling module, never user
   * input; {@code params} are bound.
   */
  MonthReplaced replaceMonthFrom(
      Programme programme, YearMonth month, String sourceQuery, Object... params);

  /**
   * An arrears (positive) or recovery (negative) line for an already approved month, paid in the
   * roster of {@code payMonth}. Idempotent per person, programme, month and pay month.
   */
  void adjust(
      long personId,
      Programme programme,
      YearMonth forMonth,
      YearMonth payMonth,
      BigDecimal amount,
      String reason,
      String regionCode);
}
