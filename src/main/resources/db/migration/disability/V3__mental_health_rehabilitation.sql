-- 精神障碍社区康复: stations, enrolments with consent, service records. Mental-health data: read only
-- by the 精神康复专员 role (see docs/security.md), every read audited.
create table disability.rehab_station
(
  id          bigint generated always as identity primary key,
  name        text    not null,
  region_code text    not null check (region_code ~ '^[0-9]{12}$'),
  operator    text    not null,
  capacity    integer not null check (capacity > 0),
  services    text    not null
);
create index rehab_station_region on disability.rehab_station (region_code);

create table disability.rehab_enrolment
(
  id            bigint generated always as identity primary key,
  station_id    bigint not null references disability.rehab_station (id),
  person_id     bigint not null,
  region_code   text   not null check (region_code ~ '^[0-9]{12}$'),
  consent_by    text   not null check (consent_by in ('SELF', 'GUARDIAN')),
  guardian_name text,
  consent_on    date   not null,
  enrolled_on   date   not null,
  ended_on      date,
  enrolled_by   text   not null,
  constraint rehab_guardian_named check (consent_by <> 'GUARDIAN' or guardian_name is not null)
);
-- one open enrolment per person
create unique index rehab_enrolment_open on disability.rehab_enrolment (person_id) where ended_on is null;
create index rehab_enrolment_station on disability.rehab_enrolment (station_id);

create table disability.rehab_service
(
  id           bigint generated always as identity primary key,
  enrolment_id bigint  not null references disability.rehab_enrolment (id),
  served_on    date    not null,
  service      text    not null,
  minutes      integer not null check (minutes between 1 and 1440),
  worker       text    not null,
  region_code  text    not null check (region_code ~ '^[0-9]{12}$')
);
create index rehab_service_region on disability.rehab_service (served_on, region_code);
