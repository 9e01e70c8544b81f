-- 辅具租赁: catalogue, service points, units (one row per physical unit: the stock of an item at a
-- point is the count of its available units, so it can never go negative), rentals.
create table disability.device_item
(
  id              bigint generated always as identity primary key,
  name            text           not null unique,
  kind            text           not null,
  daily_rent      numeric(10, 2) not null check (daily_rent >= 0),
  deposit         numeric(10, 2) not null check (deposit >= 0),
  -- share of the rent the subsidy pays for a person with a disability rating (0-100)
  subsidy_percent integer        not null default 0 check (subsidy_percent between 0 and 100),
  active          boolean        not null default true
);

create table disability.service_point
(
  id          bigint generated always as identity primary key,
  name        text not null,
  region_code text not null check (region_code ~ '^[0-9]{12}$'),
  address     text not null
);
create index service_point_region on disability.service_point (region_code);

create table disability.device_unit
(
  id       bigint generated always as identity primary key,
  item_id  bigint not null references disability.device_item (id),
  point_id bigint not null references disability.service_point (id),
  serial   text   not null unique,
  -- AVAILABLE: in stock; RENTED: reserved or out; DAMAGED/RETIRED: not rentable
  status   text   not null default 'AVAILABLE'
    check (status in ('AVAILABLE', 'RENTED', 'DAMAGED', 'RETIRED'))
);
create index device_unit_stock on disability.device_unit (point_id, item_id) where status = 'AVAILABLE';

create table disability.rental
(
  id               bigint generated always as identity primary key,
  unit_id          bigint         not null references disability.device_unit (id),
  item_id          bigint         not null references disability.device_item (id),
  point_id         bigint         not null references disability.service_point (id),
  person_id        bigint         not null,
  region_code      text           not null check (region_code ~ '^[0-9]{12}$'),
  channel          text           not null check (channel in ('PORTAL', 'POINT')),
  status           text           not null check (status in ('RESERVED', 'OUT', 'RETURNED', 'CANCELLED')),
  days             integer        not null check (days between 1 and 365),
  deposit          numeric(10, 2) not null,
  ordered_at       timestamptz    not null default now(),
  handed_out_on    date,
  due_on           date,
  returned_on      date,
  return_condition text check (return_condition in ('GOOD', 'DAMAGED')),
  rent             numeric(10, 2),
  subsidy          numeric(10, 2),
  damage_charge    numeric(10, 2),
  deposit_refund   numeric(10, 2),
  reminded_on      date,
  cancel_reason    text,
  ordered_by       text           not null
);
-- One unit is never rented twice: at most one open rental per unit, whatever the concurrency.
create unique index rental_one_open_per_unit on disability.rental (unit_id)
  where status in ('RESERVED', 'OUT');
create index rental_person on disability.rental (person_id);
create index rental_open_due on disability.rental (due_on) where status = 'OUT';
