-- The care programme (未成年人保护基金关爱行动; brief: 240 schools, 34.5万 pupils): schools tied to a
-- region node (a street or community: the district is the code's county part), screening rounds,
-- one import per school and round with its row-level error report, the screened pupils with their
-- results, and the follow-up of every positive result.
create table children.school
(
  id          bigint generated always as identity primary key,
  code        text        not null unique check (code ~ '^[0-9A-Za-z-]{1,30}$'),
  name        text        not null,
  region_code text        not null,
  active      boolean     not null default true,
  updated_at  timestamptz not null default now(),
  updated_by  text        not null
);
create index school_region on children.school (region_code);

-- follow_up_days: calendar days from a school's import within which each positive is followed up.
create table children.screening_round
(
  id             bigint generated always as identity primary key,
  name           text        not null unique,
  starts_on      date        not null,
  ends_on        date        not null check (ends_on >= starts_on),
  follow_up_days integer     not null default 30 check (follow_up_days between 1 and 365),
  created_by     text        not null,
  created_at     timestamptz not null default now()
);

-- One file per school and round; the same file (its SHA-256) twice is recognised, whatever school it
-- was chosen for. A file with any refused row imports nothing (rows_rejected > 0, state REJECTED).
create table children.screening_import
(
  id             bigint generated always as identity primary key,
  round_id       bigint      not null references children.screening_round (id),
  school_id      bigint      not null references children.school (id),
  file_name      text        not null,
  content_sha256 bytea       not null,
  state          text        not null check (state in ('IMPORTED', 'REJECTED')),
  rows_total     integer     not null default 0,
  rows_rejected  integer     not null default 0,
  rows_matched   integer     not null default 0,
  rows_positive  integer     not null default 0,
  imported_on    date        not null,
  imported_by    text        not null,
  imported_at    timestamptz not null default now()
);
create unique index screening_import_same_file on children.screening_import (round_id, content_sha256);
create unique index screening_import_one_per_school on children.screening_import (round_id, school_id)
  where state = 'IMPORTED';

create table children.screening_error
(
  import_id bigint  not null references children.screening_import (id),
  line      integer not null,
  field     text    not null,
  reason    text    not null
);
create index screening_error_import on children.screening_error (import_id, line);

-- Rows of a file on their way in (COPY), checked while streaming; dropped when the import ends.
create unlogged table children.screening_staging
(
  import_id    bigint  not null,
  line         integer not null,
  id_idx       bytea,
  masked_id    text,
  school_no    text,
  name         text,
  grade        text,
  myopia       boolean,
  caries       boolean,
  mental       boolean,
  scoliosis    boolean,
  error_field  text,
  error_reason text
);
create index screening_staging_import on children.screening_staging (import_id);
do
$$
  begin
    if current_setting('server_version_num')::int >= 170000 then
      execute format('grant maintain on children.screening_staging to %I', '${app_role}');
    end if;
  end
$$;

-- A screened pupil: the result per screening type (true: positive, false: normal, null: not
-- screened); person_id when the ID number matched the registry; special_category when the child is
-- in one of the allowance categories (an approved case): priority follow-up.
create table children.screening_pupil
(
  id               bigint generated always as identity primary key,
  import_id        bigint  not null references children.screening_import (id),
  round_id         bigint  not null,
  school_id        bigint  not null,
  region_code      text    not null,
  line             integer not null,
  id_idx           bytea,
  masked_id        text,
  school_no        text,
  name             text    not null,
  grade            text,
  person_id        bigint,
  special_category text,
  myopia           boolean,
  caries           boolean,
  mental           boolean,
  scoliosis        boolean,
  follow_up_due    date    not null
);
create index screening_pupil_school on children.screening_pupil (round_id, school_id);
create index screening_pupil_import on children.screening_pupil (import_id);

-- A positive result followed up (one per pupil and screening type).
create table children.screening_follow_up
(
  pupil_id       bigint      not null references children.screening_pupil (id),
  screening_type text        not null check (screening_type in ('MYOPIA', 'CARIES', 'MENTAL', 'SCOLIOSIS')),
  done_on        date        not null,
  outcome        text        not null,
  recorded_by    text        not null,
  recorded_at    timestamptz not null default now(),
  primary key (pupil_id, screening_type)
);
