create schema socialwork;
grant usage on schema socialwork to ${app_role};

-- 社工机构: an agency is referred to by its 统一社会信用代码 (domain-rules.md §1.2), never by a key into
-- the organisations module, which may or may not hold it.
create table socialwork.agency
(
  id          bigint generated always as identity primary key,
  credit_code text        not null unique check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
  name        text        not null check (btrim(name) <> ''),
  region_code text        not null check (region_code ~ '^[0-9]{12}$'),
  created_by  text        not null,
  created_at  timestamptz not null default now()
);
create index agency_region on socialwork.agency (region_code);

-- 持证社工: a registry person with a certificate (助理社会工作师/社会工作师/高级社会工作师).
create table socialwork.social_worker
(
  id                   bigint generated always as identity primary key,
  person_id            bigint      not null unique,
  region_code          text        not null check (region_code ~ '^[0-9]{12}$'),
  level                text        not null check (level in ('ASSISTANT', 'INTERMEDIATE', 'SENIOR')),
  certificate_number   text        not null unique check (btrim(certificate_number) <> ''),
  certificate_year     integer     not null check (certificate_year between 2008 and 2100),
  employer_credit_code text,
  active               boolean     not null default true,
  created_by           text        not null,
  created_at           timestamptz not null default now()
);
create index social_worker_region on socialwork.social_worker (region_code) where active;

-- 社工站: one per street or community node.
create table socialwork.station
(
  id                 bigint generated always as identity primary key,
  region_code        text        not null unique check (region_code ~ '^[0-9]{12}$'),
  level              text        not null check (level in ('STREET', 'COMMUNITY')),
  name               text        not null check (btrim(name) <> ''),
  opened_on          date        not null,
  agency_credit_code text,
  active             boolean     not null default true,
  created_by         text        not null,
  created_at         timestamptz not null default now()
);

-- 社区社工岗位: a post at a community, filled by a worker or vacant.
create table socialwork.post
(
  id             bigint generated always as identity primary key,
  community_code text        not null check (community_code ~ '^[0-9]{12}$'),
  title          text        not null check (btrim(title) <> ''),
  worker_id      bigint references socialwork.social_worker (id),
  created_by     text        not null,
  created_at     timestamptz not null default now()
);
create index post_community on socialwork.post (community_code);

-- 社工关爱行动 (百千万工程): one service to one person at a station. A service that fulfils a visiting
-- care task of the monitoring module carries that visit's id (one visit, counted by both).
create table socialwork.service_record
(
  id                  bigint generated always as identity primary key,
  station_id          bigint      not null references socialwork.station (id),
  region_code         text        not null check (region_code ~ '^[0-9]{12}$'),
  person_id           bigint      not null,
  worker_id           bigint      not null references socialwork.social_worker (id),
  service_type        text        not null,
  served_on           date        not null,
  minutes             integer     not null check (minutes between 1 and 1440),
  content             text        not null check (btrim(content) <> ''),
  monitoring_visit_id bigint unique,
  form_token          uuid unique,
  recorded_by         text        not null,
  recorded_at         timestamptz not null default now()
);
create index service_record_station_month on socialwork.service_record (station_id, served_on);
create index service_record_region on socialwork.service_record (region_code, served_on);

-- 局长走流程: topics, the person-times of the visits, findings, measures with owner and deadline.
create table socialwork.walk_topic
(
  id          bigint generated always as identity primary key,
  region_code text        not null check (region_code ~ '^[0-9]{12}$'),
  title       text        not null check (btrim(title) <> ''),
  service     text        not null check (btrim(service) <> ''),
  created_by  text        not null,
  created_at  timestamptz not null default now()
);
create table socialwork.walk_visit
(
  id        bigint generated always as identity primary key,
  topic_id  bigint  not null references socialwork.walk_topic (id),
  walked_on date    not null,
  walker    text    not null check (btrim(walker) <> ''),
  persons   integer not null default 1 check (persons between 1 and 1000),
  notes     text
);
create table socialwork.walk_finding
(
  id       bigint generated always as identity primary key,
  topic_id bigint not null references socialwork.walk_topic (id),
  text     text   not null check (btrim(text) <> '')
);
create table socialwork.walk_measure
(
  id          bigint generated always as identity primary key,
  topic_id    bigint not null references socialwork.walk_topic (id),
  finding_id  bigint references socialwork.walk_finding (id),
  description text   not null check (btrim(description) <> ''),
  owner       text   not null check (btrim(owner) <> ''),
  deadline    date   not null,
  status      text   not null default 'OPEN' check (status in ('OPEN', 'DONE')),
  done_on     date,
  check ((status = 'DONE') = (done_on is not null))
);
create index walk_measure_open on socialwork.walk_measure (deadline) where status = 'OPEN';
