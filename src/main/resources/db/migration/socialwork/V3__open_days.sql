-- 开放日: the bureau's open days. Seats are the booking engine's (resource owner socialwork.open_day,
-- one slot per open day): this module keeps who registered, attendance and feedback.
create table socialwork.open_day
(
  id                  bigint generated always as identity primary key,
  region_code         text        not null check (region_code ~ '^[0-9]{12}$'),
  title               text        not null check (btrim(title) <> ''),
  place               text        not null check (btrim(place) <> ''),
  description         text,
  held_on             date        not null,
  starts_at           time        not null,
  ends_at             time        not null check (ends_at > starts_at),
  capacity            integer     not null check (capacity > 0),
  registration_opens  date        not null,
  registration_closes date        not null check (registration_closes >= registration_opens
                                                  and registration_closes <= held_on),
  slot_id             bigint,
  created_by          text        not null,
  created_at          timestamptz not null default now()
);
create index open_day_region on socialwork.open_day (region_code, held_on);

create table socialwork.open_day_registration
(
  id             bigint generated always as identity primary key,
  open_day_id    bigint      not null references socialwork.open_day (id),
  person_id      bigint      not null,
  reservation_id bigint unique,
  status         text        not null default 'BOOKED'
    check (status in ('BOOKED', 'CANCELLED', 'ATTENDED', 'NO_SHOW')),
  registered_at  timestamptz not null default now(),
  rating         integer check (rating between 1 and 5),
  feedback       text,
  feedback_at    timestamptz,
  check ((rating is null) = (feedback_at is null)),
  check (rating is null or status = 'ATTENDED')
);
-- one registration per citizen per open day (a cancelled one does not count)
create unique index open_day_registration_once
  on socialwork.open_day_registration (open_day_id, person_id) where status <> 'CANCELLED';
create index open_day_registration_person on socialwork.open_day_registration (person_id);
