-- 救助站工作人员: an account of the station role is bound to one station and sees only its intakes.
-- One station per account; the city binds (and moves) accounts.
create table rescue.station_staff
(
  username   text primary key,
  station_id bigint      not null references rescue.station (id),
  bound_at   timestamptz not null default now(),
  bound_by   text        not null
);
create index station_staff_station on rescue.station_staff (station_id);
