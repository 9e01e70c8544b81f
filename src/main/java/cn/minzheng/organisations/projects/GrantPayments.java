package cn.minzheng.organisations.projects;

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
 * Hands the grants of a pay month to {@code payments} as one set (programme 社会组织专项资金). The payee is
 * the organisation itself, paid into its own account ({@link GrantPayees}), or for a filed
 * community organisation (and the grants made before organisations could be payees) its responsible
 * person; the basis names the organisations and their grant numbers. Re-submitting replaces the
 * month and never pays twice; when the month's roster is already approved, the grants not yet in it
 * move to the next month.
 */
@Service
public class GrantPayments {

  static final String QUERY =
      """
      select coalesce(g.payee_id, g.payee_person_id) as person_id, sum(g.amount)::numeric(12, 2) as amount,
             json_build_object('rule', '社会组织专项资金项目一次性拨付',
                               'grants', string_agg(g.grant_number, ',' order by g.grant_number),
                               'organisations', string_agg(a.organisation_name, '、' order by g.grant_number)
                              )::text as basis,
             min(g.region_code) as region_code,
             string_agg(g.grant_number, ',' order by g.grant_number) as case_ref
        from organisations.project_grant g
        join organisations.project_application a on a.id = g.application_id
       where g.pay_month = ?
       group by coalesce(g.payee_id, g.payee_person_id)""";

  private final Entitlements entitlements;
  private final JdbcClient jdbc;
  private final TransactionTemplate own;
  private final DataScope scope;

  GrantPayments(
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
    // the month is the whole city's set: submitted with a caller's row scope, it would replace the
    // month with that scope's grants alone
    return scope.acrossRegions(() -> submitCityWide(month));
  }

  private YearMonth submitCityWide(YearMonth month) {
    YearMonth m = month;
    for (int i = 0; i < 24; i++) {
      YearMonth current = m;
      try {
        own.executeWithoutResult(
            s -> {
              entitlements.replaceMonthFrom(
                  Programme.SPECIAL_FUND, current, QUERY, current.atDay(1));
              jdbc.sql(
                      "update organisations.project_grant set submitted = true where pay_month = ?")
                  .param(current.atDay(1))
                  .update();
            });
        return current;
      } catch (MonthLockedException locked) {
        own.executeWithoutResult(
            s ->
                jdbc.sql(
                        """
                        update organisations.project_grant set pay_month = ?
                         where pay_month = ? and not submitted""")
                    .params(current.plusMonths(1).atDay(1), current.atDay(1))
                    .update());
        m = m.plusMonths(1);
      }
    }
    throw new IllegalStateException("no open SPECIAL_FUND month found after " + month);
  }
}
