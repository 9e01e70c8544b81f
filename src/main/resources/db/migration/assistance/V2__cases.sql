-- Public holidays (and the working weekend days that replace them) for working-day deadlines.
-- Weekends count as non-working unless listed here with working = true.
create table assistance.holiday
(
  day     date primary key,
  name    text    not null,
  working boolean not null default false
);
insert into assistance.holiday (day, name, working)
values ('2026-01-01', '元旦', false), ('2026-01-02', '元旦', false),
       ('2026-02-16', '春节', false), ('2026-02-17', '春节', false), ('2026-02-18', '春节', false),
       ('2026-02-19', '春节', false), ('2026-02-20', '春节', false), ('2026-02-14', '春节调休', true),
       ('2026-02-28', '春节调休', true), ('2026-04-06', '清明节', false),
       ('2026-05-01', '劳动节', false), ('2026-05-04', '劳动节', false), ('2026-05-05', '劳动节', false),
       ('2026-06-19', '端午节', false), ('2026-09-25', '中秋节', false),
       ('2026-10-01', '国庆节', false), ('2026-10-02', '国庆节', false), ('2026-10-05', '国庆节', false),
       ('2026-10-06', '国庆节', false), ('2026-10-07', '国庆节', false),
       ('2027-01-01', '元旦', false);

-- A case (案件) of one household in one programme. region_code: the household's region when the
-- case was filed (data scope); street_code and area_code: its township and county-level area.
create table assistance.assistance_case
(
  id                   bigint generated always as identity primary key,
  case_no              text           not null unique,
  type                 text           not null check (type in ('DIBAO', 'TEKUN', 'LINSHI', 'MARGINAL')),
  category             text check (category in ('BOTTOM', 'SUPPORT', 'PROTECT', 'SINGLE')),
  household_id         bigint         not null,
  applicant_person_id  bigint         not null,
  applicant_name       text           not null,
  region_code          text           not null check (region_code ~ '^[0-9]{12}$'),
  street_code          text           not null,
  area_code            text           not null,
  state                text           not null,
  applied_on           date           not null,
  deadline             date           not null,
  -- signed authorisation for the economic verification (consent record)
  consent_ref          text           not null,
  consent_signed_on    date           not null,
  channel              text           not null default 'STREET',
  -- verification (核对): automated report or manual entry
  household_income     numeric(12, 2),
  per_capita_income    numeric(12, 2),
  assets_within_limits boolean,
  verification_ref     text,
  verification_source  text check (verification_source in ('AUTO', 'MANUAL')),
  -- 特困
  care_level           text check (care_level in ('SELF', 'PARTIAL', 'FULL')),
  no_able_supporter    boolean,
  -- 临时救助
  linshi_kind          text check (linshi_kind in ('EMERGENCY', 'EXPENDITURE')),
  one_off_amount       numeric(12, 2) check (one_off_amount is null or one_off_amount > 0),
  -- the monthly (or one-off) amount proposed by the township review
  proposed_amount      numeric(12, 2),
  proposed_by_id       bigint,
  proposed_by          text,
  proposed_on          date,
  publicity_from       date,
  publicity_to         date,
  decided_by_id        bigint,
  decided_by           text,
  decided_on           date,
  start_month          date check (start_month is null or extract(day from start_month) = 1),
  end_month            date check (end_month is null or extract(day from end_month) = 1),
  refusal_reason       text,
  notice_issued_on     date,
  review_flag          text,
  next_review_on       date,
  review_cycle_months  integer        not null default 12 check (review_cycle_months in (6, 12)),
  created_at           timestamptz    not null default now(),
  created_by           text           not null,
  updated_at           timestamptz    not null default now(),
  version              integer        not null default 0,
  -- maker-checker: the confirming user differs from the one who proposed
  constraint case_checker_differs check (decided_by_id is null or proposed_by_id is null
    or state not in ('CONFIRMED', 'ENDED') or decided_by_id <> proposed_by_id)
);
create index case_region_state on assistance.assistance_case (region_code, state);
create index case_household on assistance.assistance_case (household_id);
create index case_type_state on assistance.assistance_case (type, state, start_month);
create sequence assistance.case_no_seq;

-- The household's members as declared and verified. died_on set by the PersonDied listener: the
-- member is paid up to the month of death; included = false for members outside a single-person
-- inclusion.
create table assistance.case_member
(
  case_id        bigint         not null references assistance.assistance_case (id),
  person_id      bigint         not null,
  name           text           not null,
  relationship   text           not null,
  birth_date     date           not null,
  monthly_income numeric(12, 2) not null default 0 check (monthly_income >= 0),
  assets         text,
  included       boolean        not null default true,
  died_on        date,
  primary key (case_id, person_id)
);
create index case_member_person on assistance.case_member (person_id);

-- Household income in force from a month (verification, review "adjust"): the run takes the
-- latest row not after the month.
create table assistance.case_income
(
  case_id          bigint         not null references assistance.assistance_case (id),
  from_month       date           not null check (extract(day from from_month) = 1),
  household_income numeric(12, 2) not null check (household_income >= 0),
  reason           text           not null,
  primary key (case_id, from_month)
);

-- Every state change and action of a case (history).
create table assistance.case_event
(
  id         bigint generated always as identity primary key,
  case_id    bigint      not null references assistance.assistance_case (id),
  at         timestamptz not null default now(),
  by_id      bigint,
  by_name    text        not null,
  action     text        not null,
  from_state text,
  to_state   text,
  note       text
);
create index case_event_case on assistance.case_event (case_id, id);

-- 入户调查: signed by two different staff members.
create table assistance.home_visit
(
  id              bigint generated always as identity primary key,
  case_id         bigint      not null references assistance.assistance_case (id),
  visited_on      date        not null,
  first_staff_id  bigint      not null,
  first_staff     text        not null,
  second_staff_id bigint      not null,
  second_staff    text        not null,
  findings        text        not null,
  recorded_at     timestamptz not null default now(),
  constraint home_visit_two_staff check (first_staff_id <> second_staff_id)
);

-- Objections lodged during publicity (public form, no login).
create table assistance.objection
(
  id          bigint generated always as identity primary key,
  case_id     bigint      not null references assistance.assistance_case (id),
  lodged_at   timestamptz not null default now(),
  lodged_on   date        not null,
  content     text        not null,
  contact     text,
  resolution  text,
  resolved_at timestamptz
);
create index objection_case on assistance.objection (case_id);

create table assistance.attachment
(
  id           bigint generated always as identity primary key,
  case_id      bigint      not null references assistance.assistance_case (id),
  file_name    text        not null,
  content_type text        not null,
  size_bytes   integer     not null,
  content      bytea       not null,
  uploaded_at  timestamptz not null default now(),
  uploaded_by  text        not null
);
create index attachment_case on assistance.attachment (case_id);

-- Periodic reviews (定期复核), generated for confirmed cases; outcome with its effective month.
create table assistance.review
(
  id              bigint generated always as identity primary key,
  case_id         bigint         not null references assistance.assistance_case (id),
  due_on          date           not null,
  outcome         text check (outcome in ('CONTINUE', 'ADJUST', 'STOP')),
  effective_month date,
  new_income      numeric(12, 2),
  note            text,
  decided_by      text,
  decided_at      timestamptz,
  constraint review_once unique (case_id, due_on)
);
create index review_open on assistance.review (due_on) where outcome is null;

-- Monthly runs (one row per programme month and run, for the page and the audit).
create table assistance.monthly_run
(
  id        bigint generated always as identity primary key,
  programme text           not null,
  month     date           not null,
  people    bigint         not null,
  total     numeric(14, 2) not null,
  run_at    timestamptz    not null default now(),
  run_by    text           not null
);
