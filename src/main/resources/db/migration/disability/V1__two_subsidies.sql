create schema disability;
grant usage on schema disability to ${app_role};

-- Ratings as the registry published them (DisabilityRated), kept as history: the rating in force in
-- a month is the one with the latest certificate date before that month (a rating counts from the
-- month after its certificate date). certificate_date null: a rating found in the registry without
-- an event (loaded before this module), in force for every month.
create table disability.rating
(
  id               bigint generated always as identity primary key,
  person_id        bigint      not null,
  category         text        not null check (category in
    ('VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE')),
  grade            smallint    not null check (grade between 1 and 4),
  certificate_date date,
  recorded_at      timestamptz not null default now(),
  constraint rating_once unique nulls not distinct (person_id, category, grade, certificate_date)
);
create index rating_person on disability.rating (person_id, certificate_date desc nulls last);

-- Amounts per subsidy, grade and (optionally) category, effective-dated: valid_from inclusive,
-- valid_to exclusive, first days of months. A category-specific row wins over a row for every
-- category of the same grade. A grade without a row in a month pays nothing in that month: this is
-- how the care subsidy for grades 3 and 4 of intellectual and mental disability starts in 2023-07
-- and never before. confirmed = false: the amount is a placeholder (domain-rules.md §5).
create table disability.subsidy_amount
(
  id         bigint generated always as identity primary key,
  subsidy    text           not null check (subsidy in ('LIVING', 'CARE')),
  category   text check (category in
    ('VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE')),
  grade      smallint       not null check (grade between 1 and 4),
  amount     numeric(12, 2) not null check (amount > 0),
  valid_from date           not null check (extract(day from valid_from) = 1),
  valid_to   date check (valid_to is null or (extract(day from valid_to) = 1 and valid_to > valid_from)),
  confirmed  boolean        not null,
  created_at timestamptz    not null default now(),
  created_by text           not null
);
create index subsidy_amount_validity on disability.subsidy_amount (subsidy, grade, valid_from);

-- Care subsidy (Sichuan: +10 yuan a month per year from 2022 to 120/90 in 2025; derived,
-- unconfirmed): grade 1 / grade 2; grades 3 and 4 of intellectual and mental disability from
-- 2023-07-01 (brief) at the grade 2 amount (unconfirmed).
insert into disability.subsidy_amount (subsidy, category, grade, amount, valid_from, valid_to, confirmed, created_by)
values ('CARE', null, 1, 90.00, '2022-01-01', '2023-01-01', false, 'migration'),
       ('CARE', null, 2, 60.00, '2022-01-01', '2023-01-01', false, 'migration'),
       ('CARE', null, 1, 100.00, '2023-01-01', '2024-01-01', false, 'migration'),
       ('CARE', null, 2, 70.00, '2023-01-01', '2024-01-01', false, 'migration'),
       ('CARE', null, 1, 110.00, '2024-01-01', '2025-01-01', false, 'migration'),
       ('CARE', null, 2, 80.00, '2024-01-01', '2025-01-01', false, 'migration'),
       ('CARE', null, 1, 120.00, '2025-01-01', null, false, 'migration'),
       ('CARE', null, 2, 90.00, '2025-01-01', null, false, 'migration'),
       ('CARE', 'INTELLECTUAL', 3, 70.00, '2023-07-01', '2024-01-01', false, 'migration'),
       ('CARE', 'INTELLECTUAL', 4, 70.00, '2023-07-01', '2024-01-01', false, 'migration'),
       ('CARE', 'MENTAL', 3, 70.00, '2023-07-01', '2024-01-01', false, 'migration'),
       ('CARE', 'MENTAL', 4, 70.00, '2023-07-01', '2024-01-01', false, 'migration'),
       ('CARE', 'INTELLECTUAL', 3, 80.00, '2024-01-01', '2025-01-01', false, 'migration'),
       ('CARE', 'INTELLECTUAL', 4, 80.00, '2024-01-01', '2025-01-01', false, 'migration'),
       ('CARE', 'MENTAL', 3, 80.00, '2024-01-01', '2025-01-01', false, 'migration'),
       ('CARE', 'MENTAL', 4, 80.00, '2024-01-01', '2025-01-01', false, 'migration'),
       ('CARE', 'INTELLECTUAL', 3, 90.00, '2025-01-01', null, false, 'migration'),
       ('CARE', 'INTELLECTUAL', 4, 90.00, '2025-01-01', null, false, 'migration'),
       ('CARE', 'MENTAL', 3, 90.00, '2025-01-01', null, false, 'migration'),
       ('CARE', 'MENTAL', 4, 90.00, '2025-01-01', null, false, 'migration'),
-- Living subsidy: placeholders, to be replaced by the bureau's amounts (unconfirmed).
       ('LIVING', null, 1, 100.00, '2022-01-01', null, false, 'migration'),
       ('LIVING', null, 2, 100.00, '2022-01-01', null, false, 'migration'),
       ('LIVING', null, 3, 70.00, '2022-01-01', null, false, 'migration'),
       ('LIVING', null, 4, 70.00, '2022-01-01', null, false, 'migration');

-- 低保 coverage of persons, from assistance's published events (AssistanceGranted/AssistanceEnded):
-- last_month is the last month paid, null while covered.
create table disability.dibao_coverage
(
  case_id    bigint not null,
  person_id  bigint not null,
  from_month date   not null check (extract(day from from_month) = 1),
  last_month date check (last_month is null or extract(day from last_month) = 1),
  primary key (case_id, person_id)
);
create index dibao_coverage_person on disability.dibao_coverage (person_id);

-- 免申即享: every person the monthly run found eligible for a subsidy. PENDING until the street
-- confirms (CONFIRMED: paid for every eligible month, also those before the confirmation) or
-- declines with a reason (DECLINED: never paid).
create table disability.recipient
(
  person_id      bigint      not null,
  subsidy        text        not null check (subsidy in ('LIVING', 'CARE')),
  first_month    date        not null check (extract(day from first_month) = 1),
  region_code    text        not null check (region_code ~ '^[0-9]{12}$'),
  status         text        not null default 'PENDING' check (status in ('PENDING', 'CONFIRMED', 'DECLINED')),
  decided_by     text,
  decided_at     timestamptz,
  decline_reason text,
  created_at     timestamptz not null default now(),
  primary key (person_id, subsidy),
  constraint recipient_decline_has_reason check (status <> 'DECLINED' or decline_reason is not null)
);
create index recipient_pending on disability.recipient (region_code) where status = 'PENDING';

-- What the run found eligible per person, subsidy and month (paid or waiting for confirmation):
-- the basis of the change notices, the statistics and corrections of approved months.
create table disability.eligible_month
(
  person_id   bigint         not null,
  subsidy     text           not null check (subsidy in ('LIVING', 'CARE')),
  month       date           not null check (extract(day from month) = 1),
  amount      numeric(12, 2) not null,
  category    text           not null,
  grade       smallint       not null,
  region_code text           not null check (region_code ~ '^[0-9]{12}$'),
  paid        boolean        not null,
  primary key (subsidy, month, person_id)
);
create index eligible_month_person on disability.eligible_month (person_id, month);
create index eligible_month_region on disability.eligible_month (month, region_code) where paid;

-- Months computed per subsidy (corrections re-run them, or adjust them when approved).
create table disability.run_month
(
  subsidy text        not null check (subsidy in ('LIVING', 'CARE')),
  month   date        not null check (extract(day from month) = 1),
  run_at  timestamptz not null default now(),
  primary key (subsidy, month)
);

-- Corrections of approved months handed to payments as arrears (+) or recoveries (-).
create table disability.correction
(
  person_id   bigint         not null,
  subsidy     text           not null check (subsidy in ('LIVING', 'CARE')),
  for_month   date           not null,
  pay_month   date           not null,
  amount      numeric(12, 2) not null,
  reason      text           not null,
  region_code text           not null,
  created_at  timestamptz    not null default now(),
  primary key (person_id, subsidy, for_month, pay_month)
);

-- Every start, change and stop with its reason, as the person reads it in the portal.
create table disability.subsidy_change
(
  id          bigint generated always as identity primary key,
  person_id   bigint         not null,
  subsidy     text           not null check (subsidy in ('LIVING', 'CARE')),
  month       date           not null check (extract(day from month) = 1),
  kind        text           not null check (kind in ('START', 'CHANGE', 'STOP')),
  amount      numeric(12, 2),
  reason      text           not null,
  region_code text           not null,
  created_at  timestamptz    not null default now(),
  constraint subsidy_change_once unique (person_id, subsidy, month)
);
create index subsidy_change_person on disability.subsidy_change (person_id, month desc);

-- Staging of one run (unlogged: recomputed whenever needed).
create unlogged table disability.run_row
(
  run_id      uuid           not null,
  person_id   bigint         not null,
  amount      numeric(12, 2) not null,
  category    text           not null,
  grade       smallint       not null,
  region_code text           not null
);
create index run_row_run on disability.run_row (run_id);

