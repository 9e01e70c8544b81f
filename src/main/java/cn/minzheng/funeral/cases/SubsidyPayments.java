package cn.minzheng.funeral.cases;

import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.DataScope;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the approved subsidies of a pay month to {@code payments} as one set: one entitlement per
 * payee and month (a payee who buried two relatives in one month gets their sum, with both case
 * numbers). Re-submitting replaces the month and never duplicates. When the month's roster is
 * already approved, the subsidies not in it move to the next month.
 */
@Service
public class SubsidyPayments {

  static final String QUERY =
      """
      select p.payee_person_id as person_id, sum(p.amount)::numeric(12, 2) as amount,
             '{"rule":"惠民殡葬补贴一次性","cases":"'
               || string_agg(p.case_no, ',' order by p.case_no) || '"}' as basis,
             min(p.region_code) as region_code,
             string_agg(p.case_no, ',' order by p.case_no) as case_ref
        from funeral.subsidy_payment p
       where p.pay_month = ?
       group by p.payee_person_id""";

  private final Entitlements entitlements;
  private final JdbcClient jdbc;
  private final TransactionTemplate own;
  private final DataScope scope;

  SubsidyPayments(
      Entitlements entitlements,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      DataScope scope) {
    this.scope = scope;
    this.entitlements = entitlements;
    this.jdbc = jdbc;
    this.own = new TransactionTemplate(transactions);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Submits the month (or the first later month whose roster is open); returns that month. */
  public YearMonth submit(YearMonth month) {
    // the month is the whole city's set: a district's approval submitting it with its own row scope
    // would replace the month with its own district's subsidies alone
    return scope.acrossRegions(() -> submitCityWide(month));
  }

  private YearMonth submitCityWide(YearMonth month) {
    YearMonth m = month;
    for (int i = 0; i < 24; i++) {
      YearMonth current = m;
      try {
        own.executeWithoutResult(
            s ->
                entitlements.replaceMonthFrom(Programme.FUNERAL, current, QUERY, current.atDay(1)));
        return current;
      } catch (MonthLockedException locked) {
        own.executeWithoutResult(
            s ->
                jdbc.sql(
                        """
                        update funeral.subsidy_payment p set pay_month = ?
                         where p.pay_month = ?
                           and not exists (
                             select 1 from payments.entitlement_fact e
                              where e.programme = 'FUNERAL' and e.month = p.pay_month
                                and position(',' || p.case_no || ','
                                             in ',' || e.case_ref || ',') > 0)""")
                    .params(current.plusMonths(1).atDay(1), current.atDay(1))
                    .update());
        m = m.plusMonths(1);
      }
    }
    throw new IllegalStateException("no open FUNERAL month found after " + month);
  }
}
