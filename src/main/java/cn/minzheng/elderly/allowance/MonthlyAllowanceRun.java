package cn.minzheng.elderly.allowance;

import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.MonthReplaced;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.MonthLock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes one month of the 高龄津贴 straight from the registry, set-based, and hands it to payments.
 * Eligible in month M: living in the city, alive on the first of M or dead within M or later (death
 * stops it from the month after death), and of a band's age by the last day of M-1 (so the month
 * after the birthday that takes someone into a band). Payable when the last existence check (or the
 * first eligible month) plus the interval falls in M or later; otherwise the month is recorded as
 * suspended. Months whose arrears were already paid are left out.
 */
@Service
public class MonthlyAllowanceRun {

  private final JdbcClient jdbc;
  private final Entitlements entitlements;
  private final AllowanceSettings settings;
  private final MonthLock lock;
  private final DataScope scope;

  MonthlyAllowanceRun(
      JdbcClient jdbc,
      Entitlements entitlements,
      AllowanceSettings settings,
      MonthLock lock,
      DataScope scope) {
    this.jdbc = jdbc;
    this.entitlements = entitlements;
    this.settings = settings;
    this.lock = lock;
    this.scope = scope;
  }

  /**
   * Replaces the month; idempotent; in a transaction of its own, so that a locked month leaves the
   * caller's transaction usable. @throws cn.minzheng.payments.MonthLockedException when the month's
   * roster is approved (nothing changes then).
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public MonthReplaced run(YearMonth month) {
    // the month is the whole city's set: run in a request with the caller's row scope, it would
    // replace the month with that scope's recipients alone
    return scope.acrossRegions(() -> runCityWide(month));
  }

  private MonthReplaced runCityWide(YearMonth month) {
    UUID run = UUID.randomUUID();
    LocalDate start = month.atDay(1);
    // runs of the same month (several deaths at once each recompute it) take turns
    lock.acquire("elderly.allowance", month);
    Map<String, Object> p =
        Map.of(
            "run",
            run,
            "month",
            start,
            "cutoff",
            start.minusDays(1),
            "city",
            settings.cityPrefix() + "%",
            "interval",
            settings.verificationIntervalMonths());
    jdbc.sql(AllowanceSql.STAGE_ELIGIBLE).params(p).update();
    jdbc.sql(AllowanceSql.ENROL_NEW).params(p).update();
    jdbc.sql(AllowanceSql.CLEAR_OPEN_SUSPENSIONS).params(p).update();
    jdbc.sql(AllowanceSql.RECORD_SUSPENSIONS).params(p).update();
    jdbc.sql("delete from elderly.allowance_payment where month = :month").params(p).update();
    jdbc.sql(AllowanceSql.RECORD_PAYMENTS).params(p).update();
    MonthReplaced replaced =
        entitlements.replaceMonthFrom(
            Programme.GAOLING,
            month,
            """
            select person_id, amount, '高龄津贴 ' || band_label, region_code, 'GAOLING'
              from elderly.allowance_payment where month = ?""",
            start);
    jdbc.sql("delete from elderly.allowance_run_row where run_id = :run").params(p).update();
    return replaced;
  }
}
