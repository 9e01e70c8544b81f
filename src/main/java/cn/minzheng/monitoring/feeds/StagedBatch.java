package cn.minzheng.monitoring.feeds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The set-based half of an import: duplicate rows inside the batch, matching by blind index against
 * the registry, facts, error report and unmatched list, counts, then the staging rows are dropped.
 */
@Repository
class StagedBatch {

  private final JdbcClient jdbc;

  StagedBatch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void finish(long batchId, FeedType type, String source, int rowsTotal) {
    markDuplicates(batchId);
    jdbc.sql(
            """
            insert into monitoring.feed_error (batch_id, line, field, reason)
            select batch_id, line, error_field, error_reason from monitoring.feed_staging
             where batch_id = ? and error_field is not null""")
        .param(batchId)
        .update();
    int matched =
        jdbc.sql(
                """
                insert into monitoring.fact (person_id, household_id, region_code, feed_type, fact_date,
                  amount, detail, source, batch_id, line, received_at)
                select p.id, hm.household_id, p.residence_region_code, ?, s.fact_date, s.amount,
                       s.detail, ?, s.batch_id, s.line, b.received_at
                  from monitoring.feed_staging s
                  join monitoring.feed_batch b on b.id = s.batch_id
                  join registry.person p on p.id_number_idx = s.id_idx
                  left join registry.household_member hm
                         on hm.person_id = p.id and hm.valid_to is null
                 where s.batch_id = ? and s.error_field is null""")
            .params(type.name(), source, batchId)
            .update();
    int unmatched =
        jdbc.sql(
                """
                insert into monitoring.feed_unmatched (batch_id, line, masked_id)
                select s.batch_id, s.line, s.masked_id from monitoring.feed_staging s
                 where s.batch_id = ? and s.error_field is null
                   and not exists (select 1 from registry.person p where p.id_number_idx = s.id_idx)""")
            .param(batchId)
            .update();
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

  /** The same record twice in one delivery: the later lines are errors naming the first. */
  private void markDuplicates(long batchId) {
    jdbc.sql(
            """
            update monitoring.feed_staging s
               set error_field = '身份证号', error_reason = '与第' || d.first_line || '行重复'
              from (select line, min(line) over (partition by id_idx, fact_date, amount, detail)
                           as first_line
                      from monitoring.feed_staging
                     where batch_id = ? and error_field is null) d
             where s.batch_id = ? and s.line = d.line and d.line <> d.first_line""")
        .params(batchId, batchId)
        .update();
  }
}
