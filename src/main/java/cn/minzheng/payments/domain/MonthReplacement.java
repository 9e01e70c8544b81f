package cn.minzheng.payments.domain;

import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.payments.MonthReplaced;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.MonthLock;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts a programme month's entitlements in place: set-based SQL in the caller's transaction, so
 * that a crash leaves either the old month or the new one, never a mix. A month that holds
 * entitlements already is replaced from a staged batch (rows that stay are left alone, changed ones
 * updated, missing ones removed); the first run of a month, the usual case, inserts the programme's
 * query straight into the table, without the staging copy, the comparison and the clean-up.
 */
final class MonthReplacement {

  private static final String DUPLICATE = "a person appears twice in one programme month";

  private final JdbcClient jdbc;
  private final MonthLock lock;

  MonthReplacement(JdbcClient jdbc, MonthLock lock) {
    this.jdbc = jdbc;
    this.lock = lock;
  }

  /** Serialises the work on one programme month (replacing entitlements, drafting rosters). */
  static void acquire(MonthLock lock, Programme programme, YearMonth month) {
    lock.acquire("payments." + programme.name(), month);
  }

  /** Whether the month has no entitlements yet; call with the month lock held. */
  boolean isEmpty(Programme programme, YearMonth month) {
    acquire(lock, programme, month);
    return !jdbc.sql(
            "select exists (select 1 from payments.entitlement where programme = ? and month = ?)")
        .params(programme.name(), month.atDay(1))
        .query(Boolean.class)
        .single();
  }

  /**
   * The first run of a month: the query's rows (person_id, amount, basis, region_code, case_ref)
   * become the month. A person twice is refused by the table's key, as by the staged path.
   */
  MonthReplaced fillEmpty(
      Programme programme, YearMonth month, String sourceQuery, List<Object> params) {
    acquire(lock, programme, month);
    BulkPlanning.forThisTransaction(jdbc);
    Map<String, Object> key = Map.of("programme", programme.name(), "month", month.atDay(1));
    refuseWhenApproved(programme, month, key);
    discardDraftRosters(key);
    // the programme and month placeholders come first in the statement's text
    List<Object> all = new ArrayList<>(List.of(programme.name(), month.atDay(1)));
    all.addAll(params);
    long inserted;
    try {
      inserted =
          jdbc.sql(
                  "insert into payments.entitlement"
                      + " (person_id, amount, basis, region_code, case_ref, programme, month)"
                      + " select q.*, cast(? as text), cast(? as date) from ("
                      + sourceQuery
                      + ") q")
              .params(all)
              .update();
    } catch (DuplicateKeyException e) {
      throw new IllegalArgumentException(DUPLICATE, e);
    }
    return refreshTotals(programme, month, key, inserted, 0, 0);
  }

  MonthReplaced replace(UUID batch, Programme programme, YearMonth month, Runnable beforeCommit) {
    acquire(lock, programme, month);
    BulkPlanning.forThisTransaction(jdbc);
    Map<String, Object> key =
        Map.of("batch", batch, "programme", programme.name(), "month", month.atDay(1));
    refuseWhenApproved(programme, month, key);
    refuseDuplicatePersons(key);
    discardDraftRosters(key);
    long removed =
        jdbc.sql(
                """
                delete from payments.entitlement e
                 where e.programme = :programme and e.month = :month
                   and not exists (select 1 from payments.entitlement_staging s
                                    where s.batch_id = :batch and s.person_id = e.person_id)""")
            .params(key)
            .update();
    Map<String, Object> counts = upsert(key);
    beforeCommit.run();
    jdbc.sql("delete from payments.entitlement_staging where batch_id = :batch")
        .params(key)
        .update();
    return refreshTotals(
        programme,
        month,
        key,
        ((Number) counts.get("inserted")).longValue(),
        ((Number) counts.get("updated")).longValue(),
        removed);
  }

  /**
   * The month's headline figures per region (see {@code ProgrammeTotals}), in the same commit, and
   * the month's totals from them.
   */
  private MonthReplaced refreshTotals(
      Programme programme,
      YearMonth month,
      Map<String, Object> key,
      long inserted,
      long updated,
      long removed) {
    jdbc.sql(
            "delete from payments.month_region_total where programme = :programme and month = :month")
        .params(key)
        .update();
    jdbc.sql(
            """
            insert into payments.month_region_total (programme, month, region_code, people, amount)
            select programme, month, region_code, count(*), sum(amount)
              from payments.entitlement where programme = :programme and month = :month
             group by programme, month, region_code""")
        .params(key)
        .update();
    Map<String, Object> totals =
        jdbc.sql(
                """
                select coalesce(sum(people), 0) as people, coalesce(sum(amount), 0) as total
                  from payments.month_region_total
                 where programme = :programme and month = :month""")
            .params(key)
            .query()
            .singleRow();
    return new MonthReplaced(
        programme,
        month,
        inserted,
        updated,
        removed,
        ((Number) totals.get("people")).longValue(),
        (BigDecimal) totals.get("total"));
  }

  private Map<String, Object> upsert(Map<String, Object> key) {
    return jdbc.sql(
            """
            with up as (
              insert into payments.entitlement
                     (person_id, programme, month, amount, basis, region_code, case_ref)
              select s.person_id, :programme, :month, s.amount, s.basis, s.region_code, s.case_ref
                from payments.entitlement_staging s where s.batch_id = :batch
              on conflict (person_id, programme, month) do update
                 set amount = excluded.amount, basis = excluded.basis,
                     region_code = excluded.region_code, case_ref = excluded.case_ref,
                     updated_at = now()
               where (entitlement.amount, entitlement.basis, entitlement.region_code,
                      entitlement.case_ref)
                     is distinct from
                     (excluded.amount, excluded.basis, excluded.region_code, excluded.case_ref)
              returning (xmax = 0) as inserted)
            select count(*) filter (where inserted) as inserted,
                   count(*) filter (where not inserted) as updated
              from up""")
        .params(key)
        .query()
        .singleRow();
  }

  private void refuseWhenApproved(Programme programme, YearMonth month, Map<String, Object> key) {
    boolean approved =
        jdbc.sql(
                """
                select exists (select 1 from payments.roster
                                where programme = :programme and month = :month
                                  and state <> 'DRAFT')""")
            .params(key)
            .query(Boolean.class)
            .single();
    if (approved) {
      throw new MonthLockedException(programme, month);
    }
  }

  private void refuseDuplicatePersons(Map<String, Object> key) {
    boolean duplicates =
        jdbc.sql(
                """
                select exists (select 1 from payments.entitlement_staging where batch_id = :batch
                                group by person_id having count(*) > 1)""")
            .params(key)
            .query(Boolean.class)
            .single();
    if (duplicates) {
      throw new IllegalArgumentException(DUPLICATE);
    }
  }

  /** A draft computed from the old entitlements must not be approved: it is drafted again. */
  private void discardDraftRosters(Map<String, Object> key) {
    jdbc.sql(
            """
            delete from payments.roster_line where roster_id in
              (select id from payments.roster
                where programme = :programme and month = :month and state = 'DRAFT')""")
        .params(key)
        .update();
    jdbc.sql(
            """
            delete from payments.roster
             where programme = :programme and month = :month and state = 'DRAFT'""")
        .params(key)
        .update();
  }
}
