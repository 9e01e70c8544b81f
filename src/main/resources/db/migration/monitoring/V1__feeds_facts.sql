create schema monitoring;
grant usage on schema monitoring to ${app_role};

-- One delivery of a department's feed: an uploaded file (keyed by its SHA-256) or an API batch
-- (keyed by the service account and its Idempotency-Key). The same file or batch twice is refused
-- by these unique constraints, so it can never add facts twice.
create table monitoring.feed_batch
(
  id              bigint generated always as identity primary key,
  feed_type       text        not null,
  channel         text        not null check (channel in ('UPLOAD', 'API')),
  source          text        not null,
  file_name       text,
  content_sha256  bytea,
  caller          text,
  idempotency_key text,
  received_at     timestamptz not null default now(),
  received_by     text        not null,
  state           text        not null default 'IMPORTING' check (state in ('IMPORTING', 'DONE')),
  rows_total      integer     not null default 0,
  rows_rejected   integer     not null default 0,
  rows_matched    integer     not null default 0,
  rows_unmatched  integer     not null default 0,
  constraint feed_batch_file_once unique (feed_type, content_sha256),
  constraint feed_batch_key_once unique (caller, idempotency_key),
  constraint feed_batch_keyed check (content_sha256 is not null or idempotency_key is not null)
);
create index feed_batch_received on monitoring.feed_batch (received_at desc);

-- Parsed rows on their way in (COPY target). Unlogged: a crash loses only an unfinished import,
-- which is rolled back anyway. The ID number arrives only as its blind index and masked form.
create unlogged table monitoring.feed_staging
(
  batch_id     bigint  not null,
  line         integer not null,
  id_idx       bytea,
  masked_id    text,
  fact_date    date,
  amount       numeric(14, 2),
  detail       text,
  error_field  text,
  error_reason text
);
create index feed_staging_batch on monitoring.feed_staging (batch_id, id_idx);

-- Row-level error report of a batch (line, field, reason).
create table monitoring.feed_error
(
  batch_id bigint  not null,
  line     integer not null,
  field    text    not null,
  reason   text    not null,
  primary key (batch_id, line, field)
);

-- Valid rows whose ID number is not in the registry (masked number only).
create table monitoring.feed_unmatched
(
  batch_id  bigint  not null,
  line      integer not null,
  masked_id text    not null,
  primary key (batch_id, line)
);

-- A dated fact about a person, as a department reported it. Never updated: a later delivery adds a
-- later fact, so "what did we know on date X" is the facts received by X and dated up to X.
-- region_code and household_id are the person's residence and household when the fact arrived.
create table monitoring.fact
(
  id           bigint generated always as identity primary key,
  person_id    bigint         not null,
  household_id bigint,
  region_code  text           not null check (region_code ~ '^[0-9]{12}$'),
  feed_type    text           not null,
  fact_date    date           not null,
  amount       numeric(14, 2),
  detail       text,
  source       text           not null,
  batch_id     bigint         not null references monitoring.feed_batch (id),
  line         integer        not null,
  received_at  timestamptz    not null,
  constraint fact_once_per_line unique (batch_id, line)
);
create index fact_person on monitoring.fact (person_id, feed_type, fact_date);
create index fact_household on monitoring.fact (household_id, feed_type);
create index fact_batch_type on monitoring.fact (batch_id, feed_type);
