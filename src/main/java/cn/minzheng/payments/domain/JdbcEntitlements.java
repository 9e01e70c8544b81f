package cn.minzheng.payments.domain;

import cn.minzheng.payments.EntitlementBatch;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.MonthReplaced;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.MonthLock;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The entitlement facade: staging through COPY, replacement as one set-based transaction. */
@Service
class JdbcEntitlements implements Entitlements {

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final AuditLog audit;
  private final CurrentUser currentUser;
  private final MonthLock lock;
  private final DataScope scope;

  JdbcEntitlements(
      DataSource dataSource,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      AuditLog audit,
      CurrentUser currentUser,
      MonthLock lock,
      DataScope scope) {
    this.scope = scope;
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.audit = audit;
    this.currentUser = currentUser;
    this.lock = lock;
  }

  @Override
  public EntitlementBatch open(Programme programme, YearMonth month) {
    // Rows of batches that crashed a day ago or more are litter; nobody will replace with them.
    jdbc.sql("delete from payments.entitlement_staging where staged_at < now() - interval '1 day'")
        .update();
    return new CopyBatch(this, dataSource, programme, month);
  }

  @Override
  public MonthReplaced replaceMonthFrom(
      Programme programme, YearMonth month, String sourceQuery, Object... params) {
    // the facade is city-wide (its callers apply their own rule): a month replaced with a caller's
    // row scope would lose every other district's entitlements
    return scope.acrossRegions(() -> replaceCityWide(programme, month, sourceQuery, params));
  }

  private MonthReplaced replaceCityWide(
      Programme programme, YearMonth month, String sourceQuery, Object... params) {
    return tx.execute(
        status -> {
          MonthReplacement replacement = new MonthReplacement(jdbc, lock);
          if (replacement.isEmpty(programme, month)) {
            return audited(replacement.fillEmpty(programme, month, sourceQuery, List.of(params)));
          }
          UUID batch = UUID.randomUUID();
          BulkPlanning.forThisTransaction(jdbc);
          List<Object> all = new ArrayList<>();
          all.add(batch);
          all.addAll(List.of(params));
          jdbc.sql(
                  "insert into payments.entitlement_staging"
                      + " (batch_id, person_id, amount, basis, region_code, case_ref)"
                      + " select ?, q.* from ("
                      + sourceQuery
                      + ") q")
              .params(all)
              .update();
          return replaceStaged(batch, programme, month, () -> {});
        });
  }

  /** Package-private for the crash test: {@code beforeCommit} may throw or kill the connection. */
  MonthReplaced replaceStaged(
      UUID batch, Programme programme, YearMonth month, Runnable beforeCommit) {
    return scope.acrossRegions(
        () ->
            tx.execute(
                status ->
                    audited(
                        new MonthReplacement(jdbc, lock)
                            .replace(batch, programme, month, beforeCommit))));
  }

  private MonthReplaced audited(MonthReplaced result) {
    audit.record(
        AuditEvent.success(
            "payments.entitlements.replace",
            "programme-month",
            result.programme().name() + ":" + result.month(),
            "新增 %d，变更 %d，移除 %d，共 %d 人 %s 元"
                .formatted(
                    result.inserted(),
                    result.updated(),
                    result.removed(),
                    result.people(),
                    result.total().toPlainString())));
    return result;
  }

  void discardStaged(UUID batch) {
    jdbc.sql("delete from payments.entitlement_staging where batch_id = ?").param(batch).update();
  }

  @Override
  public void adjust(
      long personId,
      Programme programme,
      YearMonth forMonth,
      YearMonth payMonth,
      BigDecimal amount,
      String reason,
      String regionCode) {
    String by = currentUser.staff().map(u -> u.username()).orElse("system");
    // the person's region is the caller's to give (a death recorded in a street's request
    // recovers from a person of another district); idempotent against every region's lines
    scope.acrossRegions(
        () ->
            insertAdjustment(
                personId, programme, forMonth, payMonth, amount, reason, regionCode, by));
  }

  private int insertAdjustment(
      long personId,
      Programme programme,
      YearMonth forMonth,
      YearMonth payMonth,
      BigDecimal amount,
      String reason,
      String regionCode,
      String by) {
    return jdbc.sql(
            """
            insert into payments.adjustment
                   (person_id, programme, for_month, pay_month, amount, reason, region_code,
                    created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (person_id, programme, for_month, pay_month) do nothing""")
        .params(
            personId,
            programme.name(),
            forMonth.atDay(1),
            payMonth.atDay(1),
            amount,
            reason,
            regionCode,
            by)
        .update();
  }
}
