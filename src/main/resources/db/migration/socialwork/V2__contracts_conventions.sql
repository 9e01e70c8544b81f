-- 政府购买社会工作服务: a district or street buys services from an agency (credit code).
create table socialwork.contract
(
  id                 bigint generated always as identity primary key,
  buyer_region_code  text           not null check (buyer_region_code ~ '^[0-9]{12}$'),
  agency_credit_code text           not null,
  title              text           not null check (btrim(title) <> ''),
  budget             numeric(14, 2) not null check (budget > 0),
  starts_on          date           not null,
  ends_on            date           not null check (ends_on >= starts_on),
  target             text           not null check (btrim(target) <> ''),
  target_count       integer        not null check (target_count > 0),
  score              integer check (score between 0 and 100),
  grade              text check (grade in ('EXCELLENT', 'GOOD', 'PASS', 'FAIL')),
  evaluation         text,
  evaluated_on       date,
  created_by         text           not null,
  created_at         timestamptz    not null default now(),
  check ((score is null) = (evaluated_on is null))
);
create index contract_buyer on socialwork.contract (buyer_region_code);

create table socialwork.contract_progress
(
  id          bigint generated always as identity primary key,
  contract_id bigint         not null references socialwork.contract (id),
  reported_on date           not null,
  achieved    integer        not null check (achieved >= 0),
  spent       numeric(14, 2) not null check (spent >= 0),
  note        text,
  created_by  text           not null
);
create index contract_progress_contract on socialwork.contract_progress (contract_id, reported_on);

-- 村规民约/居民公约: one per community (village or residents' committee).
create table socialwork.convention
(
  id             bigint generated always as identity primary key,
  community_code text        not null unique check (community_code ~ '^[0-9]{12}$'),
  kind           text        not null check (kind in ('VILLAGE', 'RESIDENTS')),
  title          text        not null check (btrim(title) <> ''),
  body           text        not null check (btrim(body) <> ''),
  adopted_on     date        not null,
  meeting        text        not null check (btrim(meeting) <> ''),
  reviewed_on    date,
  created_by     text        not null,
  updated_at     timestamptz not null default now()
);

-- 基层治理 records per community: organisation pilots, compound organisations, residents' councils
-- and community public-service pilots, with members and meetings.
create table socialwork.governance_body
(
  id             bigint generated always as identity primary key,
  community_code text        not null check (community_code ~ '^[0-9]{12}$'),
  kind           text        not null check (kind in ('ORGANISATION_PILOT', 'COMPOUND', 'COUNCIL', 'SERVICE_PILOT')),
  name           text        not null check (btrim(name) <> ''),
  goal           text,
  status         text        not null default 'ACTIVE' check (status in ('PLANNED', 'ACTIVE', 'CONCLUDED')),
  created_by     text        not null,
  created_at     timestamptz not null default now()
);
create index governance_body_community on socialwork.governance_body (community_code);

create table socialwork.governance_member
(
  id      bigint generated always as identity primary key,
  body_id bigint not null references socialwork.governance_body (id),
  name    text   not null check (btrim(name) <> ''),
  role    text   not null check (btrim(role) <> '')
);

create table socialwork.governance_meeting
(
  id        bigint generated always as identity primary key,
  body_id   bigint not null references socialwork.governance_body (id),
  held_on   date   not null,
  subject   text   not null check (btrim(subject) <> ''),
  attendees integer not null check (attendees > 0)
);
