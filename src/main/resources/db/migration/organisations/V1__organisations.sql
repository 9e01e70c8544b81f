create schema organisations;
grant usage on schema organisations to ${app_role};

-- 社会组织: social groups (社会团体), social service agencies (社会服务机构/民办非企业单位) and
-- foundations (基金会) registered with a unified social credit code (domain-rules §1.2, §9), and
-- community social organisations filed (备案) at the street without one. The current state is
-- this row; every change is a dated row of organisation_history and never rewritten.
create table organisations.organisation
(
  id                        bigint generated always as identity primary key,
  kind                      text           not null
    check (kind in ('SOCIAL_GROUP', 'SOCIAL_SERVICE_AGENCY', 'FOUNDATION', 'COMMUNITY_FILED')),
  credit_code               text unique check (credit_code ~ '^[0-9A-HJ-NP-RTUW-Y]{18}$'),
  -- kept by a lenient import although a checksum fails (domain-rules §1.2): flagged, never dropped
  credit_code_flagged       boolean        not null default false,
  name                      text           not null check (btrim(name) <> ''),
  domicile                  text           not null check (btrim(domicile) <> ''),
  region_code               text           not null check (region_code ~ '^[0-9]{12}$'),
  legal_representative_id   bigint,
  legal_representative_name text           not null,
  supervising_unit          text,
  registration_level        text           not null check (registration_level in ('CITY', 'DISTRICT', 'STREET')),
  business_scope            text           not null,
  registered_capital        numeric(14, 2) check (registered_capital >= 0),
  status                    text           not null default 'NORMAL'
    check (status in ('NORMAL', 'RECTIFYING', 'DEREGISTERED', 'REVOKED')),
  certificate_number        text unique,
  registered_on             date           not null,
  demo                      boolean        not null default false,
  created_by                text           not null,
  created_at                timestamptz    not null default now(),
  updated_at                timestamptz    not null default now(),
  constraint organisation_code_by_kind check ((kind = 'COMMUNITY_FILED') = (credit_code is null)),
  constraint organisation_filed_at_street check ((kind = 'COMMUNITY_FILED') = (registration_level = 'STREET'))
);
create index organisation_region on organisations.organisation (region_code, status);
create index organisation_name on organisations.organisation using gin (name gin_trgm_ops);
create sequence organisations.certificate_seq;

-- Every change of a registered fact, dated by the day it took effect (name history included).
create table organisations.organisation_history
(
  id              bigint generated always as identity primary key,
  organisation_id bigint      not null references organisations.organisation (id),
  field           text        not null,
  old_value       text,
  new_value       text,
  effective_on    date        not null,
  note            text,
  by_user         text        not null,
  at              timestamptz not null default now()
);
create index organisation_history_of on organisations.organisation_history (organisation_id, id);

-- Establishment (成立), change (变更) and deregistration (注销): an application with materials,
-- reviewed and decided by the registration authority (district or city by registration level).
create table organisations.application
(
  id                 bigint generated always as identity primary key,
  kind               text        not null check (kind in ('ESTABLISH', 'CHANGE', 'DEREGISTER')),
  organisation_id    bigint references organisations.organisation (id),
  org_kind           text        not null,
  registration_level text        not null check (registration_level in ('CITY', 'DISTRICT', 'STREET')),
  region_code        text        not null check (region_code ~ '^[0-9]{12}$'),
  -- the facts applied for (establishment and change: all of them; deregistration: none)
  credit_code        text,
  name               text,
  domicile           text,
  legal_representative_id   bigint,
  legal_representative_name text,
  supervising_unit   text,
  business_scope     text,
  registered_capital numeric(14, 2),
  materials          text        not null,
  status             text        not null default 'SUBMITTED' check (status in ('SUBMITTED', 'APPROVED', 'REFUSED')),
  submitted_by       text        not null,
  submitted_on       date        not null,
  online             boolean     not null default false,
  decided_by         text,
  decided_on         date,
  decision_note      text,
  certificate_number text,
  constraint application_has_organisation check (kind = 'ESTABLISH' or organisation_id is not null)
);
create index application_pending on organisations.application (region_code, status);

-- 社会组织账号: a staff account of the ORGANISATION_ACCOUNT role bound to one organisation.
create table organisations.organisation_account
(
  username        text primary key check (username ~ '^[a-z0-9][a-z0-9_.-]{2,31}$'),
  organisation_id bigint      not null references organisations.organisation (id),
  bound_by        text        not null,
  bound_at        timestamptz not null default now()
);

-- Annual-report deadlines per organisation type (month and day of the year after the report's
-- year): to the supervising unit and to the registration authority. Kept by city administrators.
create table organisations.report_deadline
(
  kind              text primary key check (kind in ('SOCIAL_GROUP', 'SOCIAL_SERVICE_AGENCY', 'FOUNDATION')),
  supervising_month smallint not null check (supervising_month between 1 and 12),
  supervising_day   smallint not null check (supervising_day between 1 and 31),
  authority_month   smallint not null check (authority_month between 1 and 12),
  authority_day     smallint not null check (authority_day between 1 and 31)
);
insert into organisations.report_deadline
values ('SOCIAL_GROUP', 3, 31, 5, 31),
       ('SOCIAL_SERVICE_AGENCY', 3, 31, 5, 31),
       ('FOUNDATION', 3, 31, 5, 31);

-- 年度报告 (年检): one per organisation and year.
create table organisations.annual_report
(
  id                   bigint generated always as identity primary key,
  organisation_id      bigint         not null references organisations.organisation (id),
  year                 integer        not null check (year between 2000 and 2100),
  region_code          text           not null,
  supervising_ok_on    date,
  submitted_on         date           not null,
  late                 boolean        not null,
  income               numeric(14, 2) not null check (income >= 0),
  expenditure          numeric(14, 2) not null check (expenditure >= 0),
  net_assets           numeric(14, 2) not null,
  staff_count          integer        not null check (staff_count >= 0),
  activities           text           not null,
  changes              text,
  result               text check (result in ('QUALIFIED', 'BASICALLY_QUALIFIED', 'UNQUALIFIED')),
  findings             text,
  reviewed_by          text,
  reviewed_on          date,
  submitted_by         text           not null,
  constraint annual_report_once unique (organisation_id, year)
);
create index annual_report_region on organisations.annual_report (region_code, year);

-- The organisation's inbox (站内消息): reminders and decisions, once per topic.
create table organisations.notice
(
  id              bigint generated always as identity primary key,
  organisation_id bigint      not null references organisations.organisation (id),
  topic           text        not null,
  text            text        not null,
  created_at      timestamptz not null default now(),
  constraint notice_once unique (organisation_id, topic)
);

-- 活动异常名录 / 严重违法失信名单 (民政部令第60号). A listing and its removal each carry a decision
-- number, a legal basis and a date; the daily export to 信用中国 is keyed by the decision number.
create sequence organisations.decision_seq;
create table organisations.listing
(
  id                      bigint generated always as identity primary key,
  organisation_id         bigint      not null references organisations.organisation (id),
  region_code             text        not null,
  -- as at the decision, so that the export of a day never changes afterwards
  organisation_name       text        not null,
  credit_code             text,
  list                    text        not null check (list in ('ABNORMAL', 'SERIOUS')),
  trigger                 text        not null,
  -- what the trigger is about (e.g. the report year), so that a job run twice lists once
  subject                 text        not null default '',
  decision_number         text        not null unique,
  legal_basis             text        not null,
  listed_on               date        not null,
  -- serious list: the day of the latest cause; removal two years after it
  last_trigger_on         date        not null,
  verified_on             date,
  removal_due             date,
  removal_decision_number text unique,
  removal_basis           text,
  removed_on              date,
  created_by              text        not null,
  created_at              timestamptz not null default now(),
  constraint listing_removal_complete check ((removed_on is null) = (removal_decision_number is null))
);
create unique index listing_once on organisations.listing (organisation_id, list, trigger, subject);
create index listing_open on organisations.listing (region_code, list) where removed_on is null;

-- 僵尸型社会组织: proposed by the detection, confirmed or dismissed by staff.
create table organisations.zombie_candidate
(
  id              bigint generated always as identity primary key,
  organisation_id bigint      not null references organisations.organisation (id),
  region_code     text        not null,
  reasons         text        not null,
  proposed_on     date        not null,
  status          text        not null default 'PROPOSED' check (status in ('PROPOSED', 'CONFIRMED', 'DISMISSED')),
  outcome         text check (outcome in ('DEREGISTERED', 'REVOKED')),
  decided_by      text,
  decided_on      date
);
create unique index zombie_open on organisations.zombie_candidate (organisation_id) where status = 'PROPOSED';
