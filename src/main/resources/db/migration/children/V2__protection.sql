-- The minor protection network (未成年人保护工作网络): city/district protection centres, street
-- workstations with their 儿童督导员, community points with their 儿童主任, each tied to a region node.
create table children.network_unit
(
  id             bigint generated always as identity primary key,
  kind           text        not null check (kind in ('CENTRE', 'WORKSTATION', 'POINT')),
  name           text        not null,
  region_code    text        not null,
  director_name  text,
  director_phone text,
  active         boolean     not null default true,
  updated_at     timestamptz not null default now(),
  updated_by     text        not null
);
-- one workstation per street and one point per community
create unique index network_unit_one_per_node on children.network_unit (kind, region_code)
  where active and kind in ('WORKSTATION', 'POINT');
create index network_unit_region on children.network_unit (region_code);

-- Protection cases (未成年人保护个案): a report, the risk, immediate measures, referrals to
-- departments with deadlines, follow-ups, closure. region_code: the child's community.
create table children.protection_case
(
  id                 bigint generated always as identity primary key,
  child_person_id    bigint      not null,
  region_code        text        not null,
  source             text        not null check (source in ('MANDATORY_SCHOOL', 'MANDATORY_HOSPITAL', 'MANDATORY_OTHER',
                                                            'HOTLINE', 'VISIT', 'OTHER')),
  reporter           text        not null,
  reported_on        date        not null,
  summary            text        not null,
  risk_level         text        not null check (risk_level in ('LOW', 'MEDIUM', 'HIGH')),
  immediate_measures text        not null default '',
  stage              text        not null check (stage in ('REPORTED', 'REFERRED', 'FOLLOW_UP', 'CLOSED')),
  closed_on          date,
  closure_note       text,
  created_by         text        not null,
  created_at         timestamptz not null default now()
);
create index protection_case_region on children.protection_case (region_code, stage);

create table children.referral
(
  id          bigint generated always as identity primary key,
  case_id     bigint      not null references children.protection_case (id),
  department  text        not null check (department in ('POLICE', 'EDUCATION', 'HEALTH', 'COURT', 'CIVIL_AFFAIRS', 'OTHER')),
  deadline    date        not null,
  note        text        not null default '',
  answered_on date,
  answer      text,
  created_by  text        not null,
  created_at  timestamptz not null default now()
);
create index referral_case on children.referral (case_id);

create table children.follow_up
(
  id         bigint generated always as identity primary key,
  case_id    bigint      not null references children.protection_case (id),
  visited_on date        not null,
  visitor    text        not null,
  note       text        not null
);
create index follow_up_case on children.follow_up (case_id);

-- Regular visits by the 儿童主任 to children of the allowance categories; the interval per category
-- (months) is configurable: monthly for de-facto unsupported children.
alter table children.category add column visit_interval_months integer not null default 3
  check (visit_interval_months between 1 and 12);
update children.category set visit_interval_months = 1 where code = 'UNSUPPORTED';

create table children.visit
(
  id         bigint generated always as identity primary key,
  case_id    bigint      not null references children.allowance_case (id),
  visited_on date        not null,
  visitor    text        not null,
  note       text        not null
);
create index visit_case on children.visit (case_id, visited_on desc);
