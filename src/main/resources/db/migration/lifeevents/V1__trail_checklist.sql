create schema lifeevents;
grant usage on schema lifeevents to ${app_role};

-- The life-event trail: every life event of a person and what it triggered in which module, when
-- and by which rule. Written by the module that acted; once_key makes a re-delivered event a no-op.
create table lifeevents.trail_entry
(
  id          bigint generated always as identity primary key,
  person_id   bigint      not null,
  event       text        not null,
  event_date  date        not null,
  module      text        not null,
  action      text        not null,
  rule        text        not null,
  once_key    text        not null unique,
  recorded_at timestamptz not null default now()
);
create index trail_entry_person on lifeevents.trail_entry (person_id, event_date, id);

-- 身后一件事: the family's checklist of the other departments' steps, one per death.
create table lifeevents.after_death
(
  person_id     bigint      primary key,
  household_id  bigint,
  region_code   text        not null,
  date_of_death date        not null,
  opened_at     timestamptz not null default now()
);
create index after_death_household on lifeevents.after_death (household_id);

create table lifeevents.checklist_step
(
  person_id  bigint      not null references lifeevents.after_death (person_id) on delete cascade,
  step       text        not null
    check (step in ('HUKOU', 'PENSION', 'MEDICAL_INSURANCE', 'HOUSING_FUND', 'DRIVING_LICENCE')),
  status     text        not null default 'OPEN' check (status in ('OPEN', 'DONE', 'NOT_APPLICABLE')),
  changed_at timestamptz,
  changed_by text,
  primary key (person_id, step)
);
