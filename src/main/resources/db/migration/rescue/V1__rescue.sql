create schema rescue;
grant usage on schema rescue to ${app_role};

-- 救助管理站: the city's station and the district ones, each tied to the region node whose staff
-- run it (data scope: a station's intakes carry its region).
create table rescue.station
(
  id          bigint generated always as identity primary key,
  name        text        not null unique,
  short_code  text        not null unique check (short_code ~ '^[A-Z0-9]{2,8}$'),
  region_code text        not null check (region_code ~ '^[0-9]{12}$'),
  address     text        not null,
  active      boolean     not null default true,
  created_at  timestamptz not null default now(),
  created_by  text        not null
);

-- The last temporary number given per station and year (临时编号 LS-<station>-<year>-<n>).
create table rescue.temporary_number
(
  station_id bigint not null references rescue.station (id),
  year       int    not null,
  last_value int    not null,
  primary key (station_id, year)
);

-- A person whose identity is unknown (身份不明受助人员), known by a temporary number. Linked records
-- (the same person admitted again, confirmed by staff) point to the first one through same_as_id;
-- once identified, every record of the group carries the registry person.
create table rescue.unidentified
(
  id                   bigint generated always as identity primary key,
  temporary_no         text        not null unique,
  station_id           bigint      not null references rescue.station (id),
  description          text        not null,
  sex                  text        not null check (sex in ('MALE', 'FEMALE', 'UNKNOWN')),
  estimated_age        int         not null check (estimated_age between 0 and 120),
  same_as_id           bigint references rescue.unidentified (id),
  linked_by            text,
  linked_at            timestamptz,
  identified_person_id bigint,
  identified_by        text,
  identified_at        timestamptz,
  created_at           timestamptz not null default now(),
  created_by           text        not null,
  constraint unidentified_not_own_link check (same_as_id is null or same_as_id <> id)
);
create index unidentified_same_as on rescue.unidentified (same_as_id);

-- Photos of unidentified persons: image bytes checked by their signature, kept in the database
-- (never on a path a request could name); the same image twice for one record is stored once.
create table rescue.photo
(
  id              bigint generated always as identity primary key,
  unidentified_id bigint      not null references rescue.unidentified (id),
  content_type    text        not null check (content_type in ('image/jpeg', 'image/png')),
  sha256          text        not null,
  size_bytes      int         not null check (size_bytes > 0),
  content         bytea       not null,
  uploaded_at     timestamptz not null default now(),
  uploaded_by     text        not null,
  constraint photo_once unique (unidentified_id, sha256)
);

-- One stay at a station (一次救助 = one person-time). A known person by registry id; an
-- unidentified one by its temporary record — after identification both are set, so that the
-- history shows how the person came in.
create table rescue.intake
(
  id                    bigint generated always as identity primary key,
  intake_no             text        not null unique,
  station_id            bigint      not null references rescue.station (id),
  region_code           text        not null check (region_code ~ '^[0-9]{12}$'),
  person_id             bigint,
  unidentified_id       bigint references rescue.unidentified (id),
  admitted_on           date        not null,
  found_place           text        not null,
  referred_by           text        not null check (referred_by in ('SELF', 'POLICE', 'URBAN_MANAGEMENT',
                                                                    'PUBLIC', 'OUTREACH', 'OTHER')),
  extended_until        date,
  exit_kind             text check (exit_kind in ('RETURNED_HOME', 'PLACED', 'LEFT', 'DIED')),
  exited_on             date,
  receiving_county_code text check (receiving_county_code ~ '^[0-9]{12}$'),
  escort                text,
  receiver              text,
  institution           text,
  exit_note             text,
  exited_by             text,
  created_at            timestamptz not null default now(),
  created_by            text        not null,
  constraint intake_who check (person_id is not null or unidentified_id is not null),
  constraint intake_exit_complete check ((exit_kind is null) = (exited_on is null)),
  constraint intake_exit_after_admission check (exited_on is null or exited_on >= admitted_on)
);
create index intake_region_open on rescue.intake (region_code, admitted_on) where exit_kind is null;
create index intake_admitted on rescue.intake (admitted_on, region_code);
create index intake_person on rescue.intake (person_id);
create index intake_unidentified on rescue.intake (unidentified_id);
-- One open stay per registry person and per temporary record at a time.
create unique index intake_one_open_person on rescue.intake (person_id) where exit_kind is null and unidentified_id is null;
create unique index intake_one_open_unidentified on rescue.intake (unidentified_id) where exit_kind is null;

-- Extensions of the 10-day stay (实施细则第十五条): each with its reason, kept as history.
create table rescue.stay_extension
(
  id         bigint generated always as identity primary key,
  intake_id  bigint      not null references rescue.intake (id),
  until      date        not null,
  reason     text        not null check (length(trim(reason)) > 0),
  created_at timestamptz not null default now(),
  created_by text        not null
);

-- Services during the stay (办法第六条), with the cost of medical treatment and transport.
create table rescue.service
(
  id         bigint generated always as identity primary key,
  intake_id  bigint         not null references rescue.intake (id),
  kind       text           not null check (kind in ('FOOD', 'LODGING', 'MEDICAL', 'CLOTHING', 'TRANSPORT')),
  served_on  date           not null,
  cost       numeric(12, 2) check (cost >= 0),
  note       text,
  created_at timestamptz    not null default now(),
  created_by text           not null,
  constraint service_cost_where_paid check (kind not in ('MEDICAL', 'TRANSPORT') or cost is not null)
);
create index service_intake on rescue.service (intake_id);

-- Identity searches (寻亲): fingerprint, DNA, police check, media notice, each with its outcome.
create table rescue.search_task
(
  id          bigint generated always as identity primary key,
  intake_id   bigint      not null references rescue.intake (id),
  method      text        not null check (method in ('FINGERPRINT', 'DNA', 'POLICE', 'MEDIA_NOTICE')),
  started_on  date        not null,
  outcome     text        not null default 'PENDING' check (outcome in ('PENDING', 'FOUND', 'NOT_FOUND')),
  outcome_on  date,
  outcome_note text,
  created_at  timestamptz not null default now(),
  created_by  text        not null,
  constraint search_outcome_dated check ((outcome = 'PENDING') = (outcome_on is null))
);
create index search_task_intake on rescue.search_task (intake_id);
