create schema children;
grant usage on schema children to ${app_role};

-- Categories of children the module knows. ORPHAN and UNSUPPORTED are fixed by the rule (国办发〔2010〕54号,
-- 民发〔2019〕62号); SPECIAL categories (重病、重残、困境 ...) are the city's own and kept by the city
-- administrator. programme: the payments programme the category's allowance is paid through (null:
-- a category that is recorded, visited and followed up but not paid by this module).
create table children.category
(
  code       text primary key check (code ~ '^[A-Z][A-Z_]{1,39}$'),
  label      text    not null,
  kind       text    not null check (kind in ('ORPHAN', 'UNSUPPORTED', 'SPECIAL')),
  programme  text check (programme in ('ORPHAN', 'UNSUPPORTED_CHILD')),
  active     boolean not null default true,
  sort_order integer not null default 100
);
insert into children.category (code, label, kind, programme, sort_order)
values ('ORPHAN', '孤儿', 'ORPHAN', 'ORPHAN', 1),
       ('UNSUPPORTED', '事实无人抚养儿童', 'UNSUPPORTED', 'UNSUPPORTED_CHILD', 2),
       ('SERIOUSLY_ILL', '重病儿童', 'SPECIAL', null, 3),
       ('SEVERELY_DISABLED', '重残儿童', 'SPECIAL', null, 4),
       ('HARDSHIP', '困境儿童', 'SPECIAL', null, 5);

-- Monthly standards per category and care type, effective-dated: valid_from inclusive, valid_to
-- exclusive, both first days of months. A change closes the row in force and adds a new one; the past
-- is never rewritten. The amounts before 2023 are placeholders (domain-rules.md §4: unconfirmed).
create table children.standard
(
  id         bigint generated always as identity primary key,
  category   text           not null references children.category (code),
  care_type  text           not null check (care_type in ('INSTITUTION', 'SCATTERED')),
  amount     numeric(12, 2) not null check (amount > 0),
  valid_from date           not null check (extract(day from valid_from) = 1),
  valid_to   date check (valid_to is null or (extract(day from valid_to) = 1 and valid_to > valid_from)),
  created_at timestamptz    not null default now(),
  created_by text           not null
);
create unique index standard_one_open on children.standard (category, care_type) where valid_to is null;
create index standard_validity on children.standard (category, care_type, valid_from);
insert into children.standard (category, care_type, amount, valid_from, valid_to, created_by)
values ('ORPHAN', 'INSTITUTION', 1800.00, '2020-01-01', '2023-01-01', 'migration'),
       ('ORPHAN', 'SCATTERED', 1260.00, '2020-01-01', '2023-01-01', 'migration'),
       ('UNSUPPORTED', 'INSTITUTION', 1800.00, '2020-01-01', '2023-01-01', 'migration'),
       ('UNSUPPORTED', 'SCATTERED', 1260.00, '2020-01-01', '2023-01-01', 'migration'),
       ('ORPHAN', 'INSTITUTION', 2000.00, '2023-01-01', null, 'migration'),
       ('ORPHAN', 'SCATTERED', 1400.00, '2023-01-01', null, 'migration'),
       ('UNSUPPORTED', 'INSTITUTION', 2000.00, '2023-01-01', null, 'migration'),
       ('UNSUPPORTED', 'SCATTERED', 1400.00, '2023-01-01', null, 'migration');

-- Plain settings: the highest age to which full-time study continues the allowance.
create table children.setting
(
  name       text primary key,
  value      text        not null,
  updated_at timestamptz not null default now(),
  updated_by text        not null
);
insert into children.setting (name, value, updated_by)
values ('study_max_age', '22', 'migration');

-- An allowance case: one child, one category. APPLIED (community, street, portal or a confirmed
-- candidate) -> PROPOSED (street) -> APPROVED or REJECTED (county); APPROVED -> ENDED.
-- The guardian is the payee: the child is never the bank account holder.
create table children.allowance_case
(
  id                 bigint generated always as identity primary key,
  child_person_id    bigint      not null,
  category           text        not null references children.category (code),
  care_type          text        not null check (care_type in ('INSTITUTION', 'SCATTERED')),
  state              text        not null check (state in ('APPLIED', 'PROPOSED', 'APPROVED', 'REJECTED', 'ENDED')),
  source             text        not null check (source in ('STAFF', 'PORTAL', 'CANDIDATE')),
  region_code        text        not null,
  guardian_person_id bigint,
  guardian_name      text        not null,
  guardian_relation  text        not null,
  guardian_phone     text,
  consent            boolean     not null check (consent),
  reason             text        not null default '',
  filed_by           text        not null,
  filed_at           timestamptz not null default now(),
  proposed_by        text,
  proposed_at        timestamptz,
  street_opinion     text,
  decided_by         text,
  decided_on         date,
  decision_note      text,
  first_month        date check (first_month is null or extract(day from first_month) = 1),
  -- the first month no longer paid (an ended case); null while it runs
  stopped_from       date check (stopped_from is null or extract(day from stopped_from) = 1),
  end_reason         text,
  -- full-time study recorded: the allowance continues past 18 to this date's month (at most the
  -- configured age)
  study_until        date,
  review_due         boolean     not null default false,
  version            integer     not null default 0
);
create unique index allowance_case_one_open
  on children.allowance_case (child_person_id) where state in ('APPLIED', 'PROPOSED', 'APPROVED');
create index allowance_case_region on children.allowance_case (region_code, state);

-- The parents' situation as recorded on the application (de-facto unsupported children, orphans).
create table children.parent_situation
(
  case_id   bigint not null references children.allowance_case (id),
  parent    text   not null check (parent in ('FATHER', 'MOTHER')),
  situation text   not null check (situation in ('DECEASED', 'MISSING', 'SEVERELY_DISABLED', 'SERIOUSLY_ILL',
                                                  'IMPRISONED', 'COMPULSORY_REHAB', 'OTHER_RESTRICTION',
                                                  'OUT_OF_CONTACT')),
  since     date   not null,
  ended_on  date,
  evidence  text   not null default '',
  primary key (case_id, parent)
);

-- Care type over time: the amount of a month is the one of the care type in force on its first day.
create table children.care_period
(
  case_id    bigint not null references children.allowance_case (id),
  care_type  text   not null check (care_type in ('INSTITUTION', 'SCATTERED')),
  valid_from date   not null check (extract(day from valid_from) = 1),
  primary key (case_id, valid_from)
);

-- What a monthly run computed, per child and month (the source of the entitlements handed to payments).
create table children.allowance_payment
(
  case_id     bigint         not null references children.allowance_case (id),
  person_id   bigint         not null,
  month       date           not null,
  programme   text           not null,
  category    text           not null,
  care_type   text           not null,
  amount      numeric(12, 2) not null,
  region_code text           not null,
  primary key (person_id, month, programme)
);
create index allowance_payment_month on children.allowance_payment (month, programme);

-- The proactive list: children the registry suggests, for a caseworker to confirm or dismiss.
create table children.candidate
(
  person_id          bigint primary key,
  suggested_category text        not null references children.category (code),
  reason             text        not null,
  region_code        text        not null,
  found_at           timestamptz not null default now(),
  decision           text check (decision in ('CONFIRMED', 'DISMISSED')),
  decided_by         text,
  decided_at         timestamptz,
  decision_note      text,
  case_id            bigint references children.allowance_case (id)
);
create index candidate_region on children.candidate (region_code) where decision is null;

-- What happened to a case, for its history.
create table children.case_event
(
  id       bigint generated always as identity primary key,
  case_id  bigint      not null references children.allowance_case (id),
  at       timestamptz not null default now(),
  actor    text        not null,
  action   text        not null,
  note     text        not null default ''
);
create index case_event_case on children.case_event (case_id);

