package cn.minzheng.payments.domain;

import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.payments.MonthReplaced;
import cn.minzheng.payments.Programme;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts a staged batch in place as the programme month's entitlements: set-based SQL in the caller's
 * transaction, so that a crash leaves either the old month or the new one, never a mix.
 */
final class StagedMonth {

  private final JdbcClient jdbc;

  StagedMonth(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  MonthReplaced replace(UUID batch, Programme programme, YearMonth month, Runnable beforeCommit) {
    MonthLock.acquire(jdbc, programme, month);
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
    Map<String, Object> totals =
        jdbc.sql(
                """
                select count(*) as people, coalesce(sum(amount), 0) as total
                  from payments.entitlement where programme = :programme and month = :month""")
            .params(key)
            .query()
            .singleRow();
    return new MonthReplaced(
        programme,
        month,
        ((Number) counts.get("inserted")).longValue(),
        ((Number) counts.get("updated")).longValue(),
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
      throw new IllegalArgumentException("a person appears twice in one programme month");
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
