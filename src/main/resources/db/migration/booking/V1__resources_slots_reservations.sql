-- The slot-booking engine (cn.minzheng.booking): bookable resources of other modules (a marriage
-- registry office, a memorial hall, an open day), their time slots with a capacity each, and
-- reservations of modules that keep no booking record of their own. Nothing here overbooks: a seat
-- is taken by a conditional update (booked < capacity) under the slot's row lock, and the check
-- constraint is the last line. The tables were marriage's (marriage.slot) until the engine was
-- shared; marriage V5 moves its rows here.
create schema booking;
grant usage on schema booking to ${app_role};

-- owner names the owning module's kind of resource ('marriage.office', 'funeral.hall', …);
-- owner_key is that module's id of it (no foreign key across schemas).
create table booking.resource
(
  id        bigint generated always as identity primary key,
  owner     text   not null check (owner ~ '^[a-z]+(\.[a-z_]+)+$'),
  owner_key bigint not null,
  name      text   not null,
  constraint resource_once unique (owner, owner_key)
);

-- A bookable time slot. booked counts the seats taken; closed slots are never offered nor
-- bookable again (kept while bookings refer to them). peak marks a day of high demand, by the
-- owner's own rule.
create table booking.slot
(
  id          bigint generated always as identity primary key,
  resource_id bigint  not null references booking.resource,
  day         date    not null,
  start_time  time    not null,
  end_time    time    not null,
  capacity    integer not null check (capacity > 0),
  booked      integer not null default 0,
  peak        boolean not null default false,
  closed      boolean not null default false,
  constraint slot_not_overbooked check (booked between 0 and capacity),
  constraint slot_once unique (resource_id, day, start_time)
);
create index slot_day on booking.slot (day, resource_id);

-- A reservation of one seat, for owners without a booking record of their own. holder is the
-- owner's reference of who booked (e.g. 'funeral.ceremony:42').
create table booking.reservation
(
  id         bigint generated always as identity primary key,
  slot_id    bigint      not null references booking.slot,
  holder     text        not null check (btrim(holder) <> ''),
  status     text        not null default 'BOOKED'
    check (status in ('BOOKED', 'CANCELLED', 'ATTENDED', 'NO_SHOW')),
  created_at timestamptz not null default now(),
  changed_at timestamptz not null default now()
);
create index reservation_slot on booking.reservation (slot_id);
create index reservation_holder on booking.reservation (holder);

-- Published: what owners read in their own set-based SQL (joins with their records, statistics).
-- Changes go through cn.minzheng.booking.Slots and Reservations.
create view booking.resource_fact as
select id, owner, owner_key, name
from booking.resource;

create view booking.slot_fact as
select s.id,
       s.resource_id,
       r.owner,
       r.owner_key,
       s.day,
       s.start_time,
       s.end_time,
       s.capacity,
       s.booked,
       s.peak,
       s.closed
from booking.slot s
       join booking.resource r on r.id = s.resource_id;

grant select on booking.resource_fact, booking.slot_fact to ${app_role};
