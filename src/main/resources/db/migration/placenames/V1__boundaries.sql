create schema placenames;
grant usage on schema placenames to ${app_role};

-- 区划界线: one polygon (or multipolygon) per region node and period. geometry is WKB in WGS-84
-- longitude/latitude (EPSG:4326); region_code refers to region.node by value only (no foreign key
-- across schemas). valid_from inclusive, valid_to exclusive; a new boundary closes the one in
-- force (valid_to = the new one's valid_from) and keeps it: boundaries are never deleted.
create table placenames.boundary
(
  id          bigint generated always as identity primary key,
  region_code varchar(12)      not null check (region_code ~ '^[0-9]{12}$'),
  geometry    bytea            not null,
  area_m2     double precision not null check (area_m2 > 0),
  valid_from  date             not null,
  valid_to    date,
  source      text             not null check (source in ('DEMO', 'IMPORT')),
  note        text,
  recorded_by text             not null,
  recorded_at timestamptz      not null default now(),
  check (valid_to is null or valid_to > valid_from)
);
create unique index boundary_one_open_per_region on placenames.boundary (region_code) where valid_to is null;
create index boundary_by_region on placenames.boundary (region_code, valid_from);
