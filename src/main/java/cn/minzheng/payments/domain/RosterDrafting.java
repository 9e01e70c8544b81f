package cn.minzheng.payments.domain;

import cn.minzheng.payments.Programme;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.MonthLock;
import cn.minzheng.platform.StaffUser;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly roster run: drafts one roster per district of the caller's scope from the month's
 * entitlements, the adjustments payable that month, the failed payments not yet re-issued and the
 * held payments whose payee has a valid account now; each line with its exceptions. All in one
 * transaction of set-based SQL: re-running replaces the drafts, never an approved roster.
 */
@Service
public class RosterDrafting {

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final DistrictMap districts;
  private final DataScope dataScope;
  private final AuditLog audit;
  private final MonthLock lock;

  RosterDrafting(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      DistrictMap districts,
      DataScope dataScope,
      AuditLog audit,
      MonthLock lock) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.districts = districts;
    this.dataScope = dataScope;
    this.audit = audit;
    this.lock = lock;
  }

  /** Drafts the rosters of a programme month; answers how many rosters are drafts now. */
  public int draft(Programme programme, YearMonth month, StaffUser maker) {
    return draft(programme, month, maker, () -> {});
  }

  /** Package-private for the crash test: {@code midway} runs after the regular lines. */
  int draft(Programme programme, YearMonth month, StaffUser maker, Runnable midway) {
    DistrictMap.Pairs pairs = districts.within(dataScope.current());
    // the districts are the caller's (above); the lines compare with the month before wherever the
    // person lived then, and the reissued and held lines are found across regions
    return dataScope.acrossRegions(() -> draftIn(pairs, programme, month, maker, midway));
  }

  private int draftIn(
      DistrictMap.Pairs pairs,
      Programme programme,
      YearMonth month,
      StaffUser maker,
      Runnable midway) {
    return tx.execute(
        status -> {
          MonthReplacement.acquire(lock, programme, month);
          BulkPlanning.forThisTransaction(jdbc);
          Map<String, Object> p = new HashMap<>();
          p.put("programme", programme.name());
          p.put("month", month.atDay(1));
          p.put("previousMonth", month.minusMonths(1).atDay(1));
          p.put("deathsMatter", RosterExceptions.deathsMatter(programme));
          p.put("codes", pairs.codes());
          p.put("districts", pairs.districts());
          p.put("districtSet", pairs.distinctDistricts());
          p.put("makerId", maker.id());
          p.put("maker", maker.username());
          run(RosterSql.UPSERT_ROSTERS, p);
          run(RosterSql.CLEAR_DRAFT_LINES, p);
          run(RosterSql.REGULAR_LINES, p);
          midway.run();
          run(RosterSql.ADJUSTMENT_LINES, p);
          run(RosterSql.REISSUE_LINES, p);
          run(RosterSql.DEFERRED_LINES, p);
          run(RosterSql.DROP_EMPTY_DRAFTS, p);
          int drafts = run(RosterSql.TOTALS, p);
          audit.record(
              AuditEvent.success(
                  "payments.roster.draft",
                  "programme-month",
                  programme.name() + ":" + month,
                  "生成发放名册草稿 " + drafts + " 份"));
          return drafts;
        });
  }

  private int run(String sql, Map<String, Object> params) {
    return jdbc.sql(sql).params(params).update();
  }
}
