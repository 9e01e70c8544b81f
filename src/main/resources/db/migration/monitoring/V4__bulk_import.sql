-- A million-row feed (benchmark 3, docs/performance.md). Staging rows are only ever read by
-- batch, so the staging index need not order them by blind index (that ordering cost a random
-- index insertion per COPYed row). A fact's batch exists by construction: the one statement that
-- writes facts joins the batch row; the foreign key repeated that check once per fact.
drop index monitoring.feed_staging_batch;
create index feed_staging_batch on monitoring.feed_staging (batch_id);
alter table monitoring.fact drop constraint fact_batch_id_fkey;
