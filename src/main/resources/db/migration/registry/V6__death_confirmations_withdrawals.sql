-- 身后一件事: a death is recorded once by whichever source comes first (health department's
-- certificate feed, a community's report, a funeral home's cremation record); every later report
-- of another source confirms it here instead of recording it again. One confirmation per source.
create table registry.death_confirmation
(
  person_id          bigint      not null references registry.person (id),
  source             text        not null,
  date_of_death      date        not null,
  certificate_number text,
  confirmed_at       timestamptz not null default now(),
  confirmed_by       text        not null,
  primary key (person_id, source)
);

-- A death recorded in error, withdrawn by an approver other than the one who recorded it. The
-- death record moves here (kept for the trail); the person is alive again.
create table registry.death_withdrawal
(
  id                 bigint generated always as identity primary key,
  person_id          bigint      not null references registry.person (id),
  date_of_death      date        not null,
  source             text        not null,
  recorded_at        timestamptz not null,
  recorded_by        text        not null,
  withdrawn_at       timestamptz not null default now(),
  withdrawn_by       text        not null,
  reason             text        not null
);
create index death_withdrawal_person on registry.death_withdrawal (person_id);
