-- 联合检查 of place-name signs (地名标志, 地名管理条例 ch. 3: kept complete and legible) and boundary markers
-- (界桩, 行政区域界线管理条例, 国务院令第369号: the neighbours inspect the line jointly): a plan of the region that
-- organises it, with its partners; findings per sign or marker, with a photo; a finding other than
-- GOOD gets a rectification deadline N working days after the finding day by the working calendar
-- (configurable), and is overdue from the day after the deadline until rectified.
create table placenames.inspection_plan
(
  id          bigint generated always as identity primary key,
  title       text        not null check (length(title) between 1 and 100),
  kind        text        not null check (kind in ('SIGN', 'MARKER')),
  region_code varchar(12) not null check (region_code ~ '^[0-9]{12}$'),
  partners    text        not null check (length(partners) between 1 and 200),
  planned_on  date        not null,
  created_by  text        not null,
  created_at  timestamptz not null default now()
);
create index inspection_plan_by_region on placenames.inspection_plan (region_code, planned_on);

create table placenames.inspection_finding
(
  id            bigint generated always as identity primary key,
  plan_id       bigint      not null references placenames.inspection_plan (id),
  object_code   text        not null check (length(object_code) between 1 and 50),
  location      text        not null,
  condition     text        not null check (condition in ('GOOD', 'DAMAGED', 'MISSING', 'WRONG_CONTENT', 'MOVED')),
  description   text        not null check (length(description) between 1 and 1000),
  found_on      date        not null,
  rectify_by    date,
  photo         bytea       not null,
  photo_type    text        not null check (photo_type in ('image/jpeg', 'image/png')),
  photo_sha256  text        not null,
  rectified_on  date,
  rectification text,
  recorded_by   text        not null,
  recorded_at   timestamptz not null default now(),
  check ((condition = 'GOOD') = (rectify_by is null)),
  check (rectified_on is null or (rectify_by is not null and rectification is not null)),
  unique (plan_id, photo_sha256)
);
create index inspection_finding_by_plan on placenames.inspection_finding (plan_id);
create index inspection_finding_open on placenames.inspection_finding (rectify_by) where rectified_on is null;
