-- A million-row feed (benchmark 3, docs/performance.md).
-- Staging rows are only ever read by batch, so the staging index need not order them by blind index
-- (that ordering cost a random index insertion per COPYed row). A large delivery analyses the
-- staging table inside its own transaction (PostgreSQL 17's MAINTAIN privilege), so that the
-- matching against the registry is planned for the rows actually staged, not for an empty table.
drop index monitoring.feed_staging_batch;
create index feed_staging_batch on monitoring.feed_staging (batch_id);
-- MAINTAIN exists from PostgreSQL 17 on; on an older external server (15, 16) the application's
-- ANALYZE is skipped with a warning (not an error) and large deliveries are planned from the
-- statistics autovacuum gathered.
do
$$
  begin
    if current_setting('server_version_num')::int >= 170000 then
      execute format('grant maintain on monitoring.feed_staging to %I', '${app_role}');
    end if;
  end
$$;
-- A fact's batch exists by construction: the one statement that writes facts joins the batch row;
-- the foreign key repeated that check once per fact. The rules read a batch only for their own feed
-- types (WarningEvaluation.afterImport), so the batch's lines (fact_once_per_line) serve them and a
-- second index by batch and feed type is not maintained for every fact.
alter table monitoring.fact drop constraint fact_batch_id_fkey;
drop index monitoring.fact_batch_type;
