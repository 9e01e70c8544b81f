-- Memorial halls (告别厅) of a funeral home: comprehensive (综合) or convenience (便民). Their time
-- slots and seats live in the booking engine (booking.resource owner 'funeral.hall', owner_key =
-- hall id); a farewell ceremony is a reservation there, held as 'funeral.ceremony:<id>'.
create table funeral.hall
(
  id          bigint generated always as identity primary key,
  facility_id bigint      not null references funeral.facility (id),
  name        text        not null,
  kind        text        not null check (kind in ('COMPREHENSIVE', 'CONVENIENCE')),
  active      boolean     not null default true,
  created_at  timestamptz not null default now(),
  created_by  text        not null,
  constraint hall_name_once unique (facility_id, name)
);

create table funeral.ceremony
(
  id             bigint generated always as identity primary key,
  hall_id        bigint      not null references funeral.hall (id),
  slot_id        bigint      not null,
  reservation_id bigint unique,
  deceased_name  text        not null,
  family_contact text        not null,
  day            date        not null,
  state          text        not null default 'BOOKED' check (state in ('BOOKED', 'CANCELLED')),
  booked_at      timestamptz not null default now(),
  booked_by      text        not null
);
create index ceremony_hall_day on funeral.ceremony (hall_id, day);
