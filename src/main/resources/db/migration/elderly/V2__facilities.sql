-- 养老服务设施: community complexes, day-care centres, meal points, dementia-friendly communities
-- and the rural three-level network. WGS-84 latitude/longitude; the "15-minute circle" query
-- first narrows by a bounding box on (latitude, longitude), then computes great-circle distance.
create table elderly.facility
(
  id          bigint generated always as identity primary key,
  type        text          not null check (type in ('COMMUNITY_COMPLEX', 'DAY_CARE', 'MEAL_POINT',
                                                     'DEMENTIA_FRIENDLY', 'COUNTY_HOME', 'TOWN_CENTRE',
                                                     'VILLAGE_POINT')),
  name        text          not null check (btrim(name) <> ''),
  region_code text          not null check (region_code ~ '^[0-9]{12}$'),
  address     text          not null,
  latitude    numeric(9, 6) not null check (latitude between -90 and 90),
  longitude   numeric(9, 6) not null check (longitude between -180 and 180),
  capacity    integer check (capacity is null or capacity >= 0),
  hours       text,
  services    text,
  demo        boolean       not null default false,
  active      boolean       not null default true,
  created_at  timestamptz   not null default now(),
  created_by  text          not null
);
create index facility_position on elderly.facility (latitude, longitude) where active;
create index facility_region on elderly.facility (region_code, type);

-- A small gazetteer for "near an address": well-known places and community centres. Without an
-- online geocoder (government intranets are offline) an address is matched against these names.
create table elderly.place
(
  id          bigint generated always as identity primary key,
  name        text          not null,
  kind        text          not null check (kind in ('LANDMARK', 'COMMUNITY_CENTRE')),
  region_code text check (region_code ~ '^[0-9]{12}$'),
  latitude    numeric(9, 6) not null,
  longitude   numeric(9, 6) not null
);
create index place_name on elderly.place (name text_pattern_ops);
create unique index place_community_centre on elderly.place (region_code) where kind = 'COMMUNITY_CENTRE';

insert into elderly.place (name, kind, latitude, longitude)
values ('天府广场', 'LANDMARK', 30.657000, 104.065900),
       ('春熙路', 'LANDMARK', 30.655300, 104.080400),
       ('宽窄巷子', 'LANDMARK', 30.663900, 104.053900),
       ('成都东站', 'LANDMARK', 30.628300, 104.141200),
       ('九眼桥', 'LANDMARK', 30.642300, 104.087100),
       ('人民公园', 'LANDMARK', 30.657900, 104.056000),
       ('武侯祠', 'LANDMARK', 30.646100, 104.047900),
       ('红星路二段', 'LANDMARK', 30.661000, 104.082000);
