-- The bureau reports the facilities its construction programme opened in a period and what they
-- cost (新建养老设施, 4,870万元 in the 2023 H1 report): the day a facility opened and the programme's
-- money spent on it. Facilities recorded before these columns keep both empty and never count as
-- new: nobody knows when they opened.
alter table elderly.facility
  add column opened_on         date,
  add column construction_fund numeric(14, 2) check (construction_fund is null or construction_fund >= 0);
create index facility_opened on elderly.facility (opened_on, region_code) where opened_on is not null;

-- 养老机构纾困资金: relief money granted to a filed institution, one row per grant. The region is
-- the institution's at the grant, kept on the row so that the cockpit counts grants by region
-- without reading the institution.
create table elderly.institution_relief_grant
(
  id             bigint generated always as identity primary key,
  institution_id bigint         not null references elderly.institution (id),
  region_code    text           not null check (region_code ~ '^[0-9]{12}$'),
  granted_on     date           not null,
  amount         numeric(14, 2) not null check (amount > 0),
  purpose        text           not null check (btrim(purpose) <> ''),
  demo           boolean        not null default false,
  created_at     timestamptz    not null default now(),
  created_by     text           not null
);
create index relief_grant_day on elderly.institution_relief_grant (granted_on, region_code);
create index relief_grant_institution on elderly.institution_relief_grant (institution_id, granted_on);
