-- 好差评 (issue 24): every completed service a module reports (a decided assistance application, a
-- marriage registration, a home service, an open day) may be rated once by the person served, 1-5
-- with a comment. region_code: the office that served (data scope for the staff's list).
-- (V7: V5/V6 are left to the account work of the same session.)
create table portal.service_rating
(
  id           bigint generated always as identity primary key,
  service      text        not null,
  service_name text        not null,
  reference    text        not null,
  person_id    bigint      not null,
  title        text        not null,
  office       text        not null,
  region_code  text        not null check (region_code ~ '^[0-9]{12}$'),
  completed_on date        not null,
  offered_at   timestamptz not null default now(),
  stars        smallint check (stars between 1 and 5),
  comment      text check (length(comment) <= 500),
  rated_at     timestamptz,
  constraint service_rating_once unique (service, reference, person_id),
  constraint service_rating_rated check ((stars is null) = (rated_at is null))
);
create index service_rating_person on portal.service_rating (person_id, id desc);
create index service_rating_region on portal.service_rating (region_code, rated_at desc);

alter table portal.service_rating enable row level security;
create policy service_rating_in_scope on portal.service_rating to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));
