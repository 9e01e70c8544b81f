package cn.minzheng.monitoring.feeds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The set-based half of an import: duplicate rows inside the batch, matching by blind index against
 * the registry, facts, error report and unmatched list, counts, then the staging rows are dropped.
 */
@Repository
class StagedBatch {

  /**
   * Deliveries from this size on are analysed before matching. Smaller ones (every API batch) are
   * planned as index probes anyway and never take the analyse lock, which lasts until the commit.
   */
  static final int ANALYSED_FROM = 20_000;

  private final JdbcClient jdbc;

  StagedBatch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void finish(long batchId, FeedType type, String source, int rowsTotal) {
    // Sorts and hashes over a whole delivery (duplicates, matching) stay in memory.
    jdbc.sql("set local work_mem = '64MB'").update();
    if (rowsTotal >= ANALYSED_FROM) {
      // The planner sees the staged rows (its own transaction's) instead of an empty table: a large
      // delivery is matched by hashing against the registry, not by a million index probes.
      jdbc.sql("analyze monitoring.feed_staging").update();
    }
    markDuplicates(batchId);
    jdbc.sql(
            """
            insert into monitoring.feed_error (batch_id, line, field, reason)
            select batch_id, line, error_field, error_reason from monitoring.feed_staging
             where batch_id = ? and error_field is not null""")
        .param(batchId)
        .update();
    int[] counts = matchAndStore(batchId, type, source);
    int matched = counts[0];
    int unmatched = counts[1];
    jdbc.sql(
            """
            update monitoring.feed_batch
               set state = 'DONE', rows_total = ?, rows_matched = ?, rows_unmatched = ?,
                   rows_rejected = (select count(*) from monitoring.feed_error where batch_id = ?)
             where id = ?""")
        .params(rowsTotal, matched, unmatched, batchId, batchId)
        .update();
    jdbc.sql("delete from monitoring.feed_staging where batch_id = ?").param(batchId).update();
  }

  /**
   * Matches the batch's valid rows against the registry once: known persons become facts (with
   * their household and residence at arrival), unknown ones the unmatched list. Answers both
   * counts.
   */
  private int[] matchAndStore(long batchId, FeedType type, String source) {
    return jdbc.sql(
            """
            with staged as materialized (
              select s.batch_id, s.line, s.masked_id, s.fact_date, s.amount, s.detail,
                     p.id as person_id, p.residence_region_code
                from monitoring.feed_staging s
                left join registry.person_fact p on p.id_number_idx = s.id_idx
               where s.batch_id = ? and s.error_field is null),
            unmatched as (
              insert into monitoring.feed_unmatched (batch_id, line, masked_id)
              select batch_id, line, masked_id from staged where person_id is null
              returning 1),
            facts as (
              insert into monitoring.fact (person_id, household_id, region_code, feed_type,
                fact_date, amount, detail, source, batch_id, line, received_at)
              select m.person_id, hm.household_id, m.residence_region_code, ?, m.fact_date,
                     m.amount, m.detail, ?, m.batch_id, m.line, b.received_at
                from staged m
                join monitoring.feed_batch b on b.id = m.batch_id
                left join registry.membership_fact hm
                       on hm.person_id = m.person_id and hm.valid_to is null
               where m.person_id is not null
              returning 1)
            select (select count(*) from facts), (select count(*) from unmatched)""")
        .params(batchId, type.name(), source)
        .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
        .single();
  }

  /**
   * The same record twice in one delivery: the later lines are errors naming the first. The
   * duplicates are found once (a materialised window over the batch) and updated by row address:
   * right after the COPY the staging table has no statistics, and a join on the line number was
   * planned as a nested loop that recomputed the window for every staged row (hours for a million).
   */
  private void markDuplicates(long batchId) {
    jdbc.sql(
            """
            with duplicate as materialized (
              select row_id, first_line
                from (select ctid as row_id, line,
                             min(line) over (partition by id_idx, fact_date, amount, detail)
                               as first_line
                        from monitoring.feed_staging
                       where batch_id = ? and error_field is null) w
               where line <> first_line)
            update monitoring.feed_staging s
               set error_field = '身份证号', error_reason = '与第' || d.first_line || '行重复'
              from duplicate d
             where s.ctid = d.row_id""")
        .param(batchId)
        .update();
  }
}
