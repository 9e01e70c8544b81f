package cn.minzheng.payments.domain;

import cn.minzheng.payments.Programme;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Serialises the work on one programme month (replacing entitlements, drafting rosters) across
 * application nodes: a transaction-scoped PostgreSQL advisory lock, released at commit or rollback.
 */
final class MonthLock {

  private MonthLock() {}

  static void acquire(JdbcClient jdbc, Programme programme, YearMonth month) {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('payments.month'), hashtext(:key))")
        .param("key", programme.name() + ":" + month)
        .query()
        .singleRow();
  }

  static java.time.LocalDate firstDay(YearMonth month) {
    return month.atDay(1);
  }
}
