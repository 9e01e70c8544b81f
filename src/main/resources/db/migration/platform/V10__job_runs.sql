-- Runs of long work (imports, month runs): who started one, when, for which region, its state and
-- counts as it goes, and the first row errors (platform.JobRuns). The progress bar of the page that
-- started a run polls its row; the history pages list them.
create table platform.job_run
(
  id            bigint generated always as identity primary key,
  -- The kind of work, named by the module that does it: 'registry.person-import', ...
  kind          text        not null,
  -- What makes two runs "the same job" within a kind (a month, a region); '' when the kind has one.
  job_key       text        not null default '',
  -- A staff member's username, or 'system' for runs the scheduler started.
  started_by    text        not null,
  -- The starter's region node; null for the scheduler's runs, which belong to the whole city.
  region_code   text check (region_code ~ '^[0-9]{12}$'),
  started_at    timestamptz not null default now(),
  -- Last progress written: a run without progress for long is taken for abandoned (a crash).
  updated_at    timestamptz not null default now(),
  finished_at   timestamptz,
  state         text        not null default 'RUNNING'
    check (state in ('RUNNING', 'FINISHED', 'FAILED')),
  -- Rows expected, when known in advance (a parsed file); null while unknown.
  rows_total    bigint check (rows_total >= 0),
  rows_read     bigint      not null default 0 check (rows_read >= 0),
  rows_accepted bigint      not null default 0 check (rows_accepted >= 0),
  rows_refused  bigint      not null default 0 check (rows_refused >= 0),
  -- Work measured in steps rather than rows (a month run: one step per programme).
  steps_total   int check (steps_total > 0),
  steps_done    int check (steps_done >= 0),
  -- The outcome in Chinese, as the page that started the run would have said it.
  summary       text,
  -- Why a failed run failed, in Chinese.
  failure       text,
  -- The page of what the run produced (a feed batch, a screening file), if it has one.
  result_link   text,
  check ((state = 'RUNNING') = (finished_at is null))
);
-- A second start of the same job while one runs is refused by this index, across nodes.
create unique index job_run_one_running on platform.job_run (kind, job_key) where state = 'RUNNING';
create index job_run_history on platform.job_run (kind, started_at desc);

-- The first errors of a run (the count of all is rows_refused), with the row and field at fault.
create table platform.job_run_error
(
  run_id     bigint not null references platform.job_run (id) on delete cascade,
  seq        int    not null,
  row_number bigint,
  field      text,
  message    text   not null,
  primary key (run_id, seq)
);
