-- 住宅区、楼宇名称备案 (地名管理条例 art. 12: named by the housing department after consulting civil
-- affairs). A developer files through the housing department's system (service account, channel
-- HOUSING) or staff file for it (STAFF); the bureau gives its opinion: agreed (FILED, with a filing
-- number county-year-sequence, on the public list) or not (REFUSED, with the opinion). A name is
-- unique in its county among filings not refused (the partial index backs the check made first).
create table placenames.building_filing
(
  id           bigint generated always as identity primary key,
  kind         text        not null check (kind in ('RESIDENTIAL', 'BUILDING')),
  name         text        not null check (char_length(name) between 2 and 20),
  pinyin       text        not null,
  pinyin_plain text        not null,
  region_code  varchar(12) not null check (region_code ~ '^[0-9]{12}$'),
  county_code  varchar(6)  not null check (county_code ~ '^[0-9]{6}$'),
  location     text        not null,
  developer    text        not null check (length(developer) between 1 and 100),
  project      text        not null check (length(project) between 1 and 200),
  flags        text        not null default '',
  channel      text        not null check (channel in ('STAFF', 'HOUSING')),
  status       text        not null check (status in ('SUBMITTED', 'FILED', 'REFUSED')),
  submitted_by text        not null,
  submitted_on date        not null,
  submitted_at timestamptz not null default now(),
  opinion      text,
  decided_by   text,
  decided_on   date,
  filing_no    text unique,
  check ((status = 'FILED') = (filing_no is not null)),
  check (status = 'SUBMITTED' or (opinion is not null and decided_on is not null))
);
create unique index building_filing_one_name_per_county
  on placenames.building_filing (county_code, name) where status <> 'REFUSED';
create index building_filing_by_region on placenames.building_filing (region_code, status);
