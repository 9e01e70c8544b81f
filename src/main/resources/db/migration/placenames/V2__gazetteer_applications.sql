-- 地名库: every approved standard name. name/pinyin are the current ones; earlier names stay in
-- place_name_history (never deleted: old names are protected as heritage). pinyin is the GB/T 16159
-- spelling as published (tone marks, editable); pinyin_plain and initials serve the search.
-- county_code: the first six digits of region_code (a name is unique per county and category).
create table placenames.place
(
  id           bigint generated always as identity primary key,
  category     text        not null,
  name         text        not null check (char_length(name) between 2 and 20),
  pinyin       text        not null,
  pinyin_plain text        not null,
  initials     text        not null,
  region_code  varchar(12) not null check (region_code ~ '^[0-9]{12}$'),
  county_code  varchar(6)  not null check (county_code ~ '^[0-9]{6}$'),
  location     text        not null,
  approved_by  text        not null,
  approved_on  date        not null,
  named_since  date        not null,
  filed_at     timestamptz not null default now()
);
create index place_by_county on placenames.place (county_code, category);
create index place_name_trgm on placenames.place using gin (name gin_trgm_ops);

create table placenames.place_name_history
(
  id         bigint generated always as identity primary key,
  place_id   bigint not null references placenames.place (id),
  name       text   not null,
  pinyin     text   not null,
  valid_from date   not null,
  valid_to   date   not null,
  reason     text   not null,
  check (valid_to > valid_from)
);
create index place_name_history_by_place on placenames.place_name_history (place_id, valid_from);

-- 命名、更名申请. place_id is set for a rename. flags: reasons for review (people's names, foreign
-- words) found by the word lists; they do not refuse the name.
create table placenames.application
(
  id            bigint generated always as identity primary key,
  kind          text        not null check (kind in ('NAME', 'RENAME')),
  place_id      bigint references placenames.place (id),
  category      text        not null,
  proposed_name text        not null,
  pinyin        text        not null,
  region_code   varchar(12) not null check (region_code ~ '^[0-9]{12}$'),
  location      text        not null,
  reasons       text        not null,
  flags         text        not null default '',
  status        text        not null check (status in ('SUBMITTED', 'APPROVED', 'REJECTED')),
  submitted_by  text        not null,
  submitted_at  timestamptz not null default now(),
  decided_by    text,
  decided_on    date,
  check (kind = 'NAME' or place_id is not null)
);
create index application_by_region on placenames.application (region_code, status);
