-- The figures of closed periods (every day of the period before the current month), counted at
-- night into totals per region node, so that the headline's year before and the trend's past months
-- are read from a few rows instead of recounted while a leader waits. One row per figure, period
-- and node whose subtree holds a value (the city's row holds the whole city); a node without a row
-- had zero in a summarised period. Only the current period is counted live.
create table cockpit.figure_summary
(
  figure_code text          not null,
  period_from date          not null,
  period_to   date          not null,
  region_code text          not null check (region_code ~ '^[0-9]{12}$'),
  value       numeric        not null,
  base        numeric        not null default 0,
  primary key (figure_code, period_from, period_to, region_code)
);

-- When each figure and period was summarised: a period is read from the summary only with a run
-- here, and the page shows the oldest counted_at it used as its as-of time.
create table cockpit.figure_summary_run
(
  figure_code text        not null,
  period_from date        not null,
  period_to   date        not null check (period_to >= period_from),
  counted_at  timestamptz not null,
  primary key (figure_code, period_from, period_to)
);
