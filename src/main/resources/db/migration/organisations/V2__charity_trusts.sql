-- 慈善信托 (慈善法 2016 art. 45, 2023 text art. 45; 慈善信托管理办法 art. 26): the trustee — a charity
-- organisation of this register or a trust company known by its credit code — files the trust
-- documents within 7 days of signing with the civil-affairs office where it sits, and again within
-- 7 days of a change. The due day and lateness are kept as decided at filing (domain-rules §9.2).
create table organisations.charity_trust
(
  id                   bigint generated always as identity primary key,
  name                 text           not null check (btrim(name) <> ''),
  trustee_kind         text           not null check (trustee_kind in ('CHARITY_ORGANISATION', 'TRUST_COMPANY')),
  trustee_organisation_id bigint references organisations.organisation (id),
  trustee_credit_code  text           not null check (trustee_credit_code ~ '^[0-9A-HJ-NP-RTUW-Y]{18}$'),
  trustee_name         text           not null check (btrim(trustee_name) <> ''),
  purpose              text           not null check (btrim(purpose) <> ''),
  -- at signing, and as now (moved by a change or a yearly report)
  initial_property     numeric(16, 2) not null check (initial_property >= 0),
  property             numeric(16, 2) not null check (property >= 0),
  region_code          text           not null check (region_code ~ '^[0-9]{12}$'),
  signed_on            date           not null,
  filing_due           date           not null,
  filed_on             date           not null check (filed_on >= signed_on),
  late                 boolean        not null,
  record_number        text           not null unique,
  status               text           not null default 'ACTIVE' check (status in ('ACTIVE', 'TERMINATED')),
  demo                 boolean        not null default false,
  filed_by             text           not null,
  created_at           timestamptz    not null default now(),
  constraint charity_trust_trustee check ((trustee_kind = 'CHARITY_ORGANISATION') = (trustee_organisation_id is not null))
);
create index charity_trust_region on organisations.charity_trust (region_code, status);
create sequence organisations.trust_record_seq;

-- A change (trustee, property, purpose, termination …) filed within 7 days of the change document.
create table organisations.charity_trust_change
(
  id          bigint generated always as identity primary key,
  trust_id    bigint         not null references organisations.charity_trust (id),
  what        text           not null check (btrim(what) <> ''),
  property    numeric(16, 2) check (property >= 0),
  signed_on   date           not null,
  filing_due  date           not null,
  filed_on    date           not null check (filed_on >= signed_on),
  late        boolean        not null,
  filed_by    text           not null,
  created_at  timestamptz    not null default now()
);
create index charity_trust_change_of on organisations.charity_trust_change (trust_id, id);

-- The yearly report of the trust's management to the filing office, published (慈善法 art. 48).
create table organisations.charity_trust_report
(
  id           bigint generated always as identity primary key,
  trust_id     bigint         not null references organisations.charity_trust (id),
  year         integer        not null check (year between 2016 and 2100),
  property_end numeric(16, 2) not null check (property_end >= 0),
  spent        numeric(16, 2) not null check (spent >= 0),
  summary      text           not null check (btrim(summary) <> ''),
  published_on date           not null,
  filed_by     text           not null,
  constraint charity_trust_report_once unique (trust_id, year)
);

-- 慈善组织: a registered organisation recognised as a charity organisation (慈善法 art. 10), and its
-- public fundraising qualification (公开募捐资格, 慈善法 art. 22) with the date and decision number.
-- Both are public (慈善法 art. 71/72 information disclosure).
create table organisations.charity_organisation
(
  organisation_id            bigint primary key references organisations.organisation (id),
  recognised_on              date        not null,
  recognition_number         text        not null unique check (btrim(recognition_number) <> ''),
  fundraising_on             date check (fundraising_on >= recognised_on),
  fundraising_number         text unique,
  demo                       boolean     not null default false,
  recognised_by              text        not null,
  recognised_at              timestamptz not null default now(),
  constraint charity_fundraising_complete check ((fundraising_on is null) = (fundraising_number is null))
);

-- 社区慈善项目: community charity projects of a community (region node), run by an organisation of
-- the register or by the community itself; a brand project (品牌项目) is recognised by the bureau on
-- a date (the brief: 41).
create table organisations.charity_project
(
  id               bigint generated always as identity primary key,
  name             text        not null check (btrim(name) <> ''),
  organisation_id  bigint references organisations.organisation (id),
  region_code      text        not null check (region_code ~ '^[0-9]{12}$'),
  field            text        not null check (field in ('ELDERLY', 'CHILDREN', 'DISABILITY', 'POVERTY', 'COMMUNITY', 'OTHER')),
  started_on       date        not null,
  beneficiaries    integer     not null default 0 check (beneficiaries >= 0),
  brand_on         date check (brand_on >= started_on),
  ended_on         date check (ended_on >= started_on),
  demo             boolean     not null default false,
  created_by       text        not null,
  created_at       timestamptz not null default now()
);
create index charity_project_region on organisations.charity_project (region_code);
