create schema elderly;
grant usage on schema elderly to ${app_role};

-- 高龄津贴 bands: effective-dated configuration. valid_from inclusive, valid_to exclusive, both
-- first days of months. A change of amounts closes the current rows and opens new ones, so every
-- past month stays answerable with the amounts that applied then. The amounts are NOT the
-- confirmed Chengdu amounts (domain-rules.md §6: unconfirmed); administrators set them.
create table elderly.allowance_band
(
  id             bigint generated always as identity primary key,
  label          text           not null,
  min_age        integer        not null check (min_age between 60 and 150),
  max_age        integer check (max_age is null or max_age >= min_age),
  monthly_amount numeric(12, 2) not null check (monthly_amount > 0),
  valid_from     date           not null check (extract(day from valid_from) = 1),
  valid_to       date check (valid_to is null or (extract(day from valid_to) = 1 and valid_to > valid_from)),
  created_at     timestamptz    not null default now(),
  created_by     text           not null
);
create index allowance_band_validity on elderly.allowance_band (valid_from, valid_to);

-- Plain settings of the allowance (verification interval in months, city code prefix).
create table elderly.allowance_setting
(
  name       text primary key,
  value      text        not null,
  updated_at timestamptz not null default now(),
  updated_by text        not null
);
insert into elderly.allowance_setting (name, value, updated_by)
values ('verification-interval-months', '6', 'migration');

-- Everyone the monthly run has found eligible at least once (免申即享: nobody applies).
-- first_month counts as the first existence check; last_verified_on is the latest 生存认证.
create table elderly.allowance_recipient
(
  person_id        bigint primary key,
  first_month      date        not null check (extract(day from first_month) = 1),
  last_verified_on date,
  region_code      text        not null check (region_code ~ '^[0-9]{12}$'),
  created_at       timestamptz not null default now()
);
create index allowance_recipient_region on elderly.allowance_recipient (region_code);

-- 生存认证: every check, kept (history). method SELF (portal, one-time code), FAMILY (a household
-- member in the portal) or VISIT (community worker's visit record).
create table elderly.existence_verification
(
  id           bigint generated always as identity primary key,
  person_id    bigint      not null,
  verified_on  date        not null,
  method       text        not null check (method in ('SELF', 'FAMILY', 'VISIT')),
  by_account   bigint,
  by_staff     text,
  note         text,
  region_code  text        not null check (region_code ~ '^[0-9]{12}$'),
  created_at   timestamptz not null default now()
);
create index existence_verification_person on elderly.existence_verification (person_id, verified_on desc);
create index existence_verification_region on elderly.existence_verification (region_code, verified_on);

-- A month not paid because the existence check was missed. repaid_at: the arrears were handed to
-- payments (adjustment) after a re-verification; such a month is never paid regularly again.
create table elderly.allowance_suspension
(
  person_id   bigint         not null,
  month       date           not null check (extract(day from month) = 1),
  amount      numeric(12, 2) not null,
  band_label  text           not null,
  region_code text           not null check (region_code ~ '^[0-9]{12}$'),
  repaid_at   timestamptz,
  repaid_in   date,
  primary key (person_id, month)
);
create index allowance_suspension_open on elderly.allowance_suspension (month) where repaid_at is null;

-- What the monthly run handed to payments, per person and month (statistics by band and
-- district without reading the payments schema; recovery after a late death).
create table elderly.allowance_payment
(
  person_id   bigint         not null,
  month       date           not null check (extract(day from month) = 1),
  amount      numeric(12, 2) not null,
  band_label  text           not null,
  region_code text           not null check (region_code ~ '^[0-9]{12}$'),
  primary key (month, person_id)
);
create index allowance_payment_person on elderly.allowance_payment (person_id, month);

-- Staging of one run's result (unlogged: recomputed whenever needed).
create unlogged table elderly.allowance_run_row
(
  run_id      uuid           not null,
  person_id   bigint         not null,
  amount      numeric(12, 2) not null,
  band_label  text           not null,
  region_code text           not null,
  payable     boolean        not null
);
create index allowance_run_row_run on elderly.allowance_run_row (run_id, payable);

-- Starting configuration, to be replaced by the bureau's confirmed amounts (unconfirmed: chosen
-- so that the average is near the brief's ~95 yuan per person and month).
insert into elderly.allowance_band (label, min_age, max_age, monthly_amount, valid_from, created_by)
values ('80-89周岁', 80, 89, 70.00, '2020-01-01', 'migration'),
       ('90-99周岁', 90, 99, 200.00, '2020-01-01', 'migration'),
       ('100周岁及以上', 100, null, 500.00, '2020-01-01', 'migration');

-- One-time codes for 生存认证 in the portal, sent to the phone of the account doing the check.
-- Only a keyed hash is kept; single use, five minutes, five tries.
create table elderly.verification_code
(
  id         bigint generated always as identity primary key,
  account_id bigint      not null,
  person_id  bigint      not null,
  code_hash  bytea       not null,
  expires_at timestamptz not null,
  used_at    timestamptz,
  attempts   integer     not null default 0,
  created_at timestamptz not null default now()
);
create index verification_code_account on elderly.verification_code (account_id, person_id, created_at desc);
