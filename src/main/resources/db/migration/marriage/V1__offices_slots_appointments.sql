create schema marriage;
grant usage on schema marriage to ${app_role};

-- 婚姻登记处: district offices and the park-style offices. code is used in certificate numbers.
create table marriage.office
(
  id            bigint generated always as identity primary key,
  code          text          not null unique check (code ~ '^[0-9A-Z]{2,12}$'),
  name          text          not null,
  kind          text          not null check (kind in ('DISTRICT', 'PARK')),
  region_code   char(12)      not null,
  address       text          not null,
  latitude      numeric(9, 6) check (latitude between -90 and 90),
  longitude     numeric(9, 6) check (longitude between -180 and 180),
  opening_hours text          not null,
  active        boolean       not null default true
);
create index office_region on marriage.office (region_code);

-- Closed days of every office (statutory holidays, configurable by administrators).
create table marriage.holiday
(
  day  date primary key,
  name text not null
);

-- Days an administrator marks as peak days beyond the fixed ones (5·20, 2·14, 七夕).
create table marriage.peak_day
(
  day  date primary key,
  name text not null
);

-- Weekly templates (REGULAR, one weekday each) and the peak-day template (PEAK, any weekday).
create table marriage.slot_template
(
  id          bigint generated always as identity primary key,
  office_id   bigint   not null references marriage.office,
  kind        text     not null check (kind in ('REGULAR', 'PEAK')),
  day_of_week smallint check (day_of_week between 1 and 7),
  start_time  time     not null,
  end_time    time     not null,
  capacity    integer  not null check (capacity > 0),
  check (end_time > start_time),
  check ((kind = 'REGULAR') = (day_of_week is not null)),
  unique (office_id, kind, day_of_week, start_time)
);

-- A bookable time slot. booked counts the active appointments; the check constraint is the last
-- line against overbooking, the conditional update (booked < capacity) the first.
create table marriage.slot
(
  id         bigint generated always as identity primary key,
  office_id  bigint  not null references marriage.office,
  day        date    not null,
  start_time time    not null,
  end_time   time    not null,
  capacity   integer not null check (capacity > 0),
  booked     integer not null default 0,
  peak       boolean not null default false,
  constraint slot_not_overbooked check (booked between 0 and capacity),
  constraint slot_once unique (office_id, day, start_time)
);
create index slot_day on marriage.slot (day, office_id);

create table marriage.appointment
(
  id                 bigint generated always as identity primary key,
  slot_id            bigint      not null references marriage.slot,
  office_id          bigint      not null references marriage.office,
  type               text        not null check (type in ('MARRIAGE', 'DIVORCE')),
  code               text        not null unique,
  status             text        not null default 'BOOKED'
    check (status in ('BOOKED', 'CANCELLED', 'CHECKED_IN', 'NO_SHOW', 'COMPLETED')),
  citizen_account_id bigint,
  created_at         timestamptz not null default now(),
  changed_at         timestamptz not null default now()
);
create index appointment_slot on marriage.appointment (slot_id);
create index appointment_account on marriage.appointment (citizen_account_id);

-- The two parties of an appointment: ID number only encrypted, with a keyed blind index. active
-- mirrors BOOKED/CHECKED_IN of the appointment, so that the partial unique index keeps one
-- person from holding two active bookings.
create table marriage.appointment_party
(
  appointment_id bigint  not null references marriage.appointment,
  position       smallint not null check (position in (1, 2)),
  id_idx         bytea   not null,
  id_enc         bytea   not null,
  id_masked      text    not null,
  sex            text    not null check (sex in ('MALE', 'FEMALE')),
  active         boolean not null default true,
  status         text    not null default 'BOOKED',
  slot_day       date    not null,
  primary key (appointment_id, position)
);
create unique index appointment_party_one_active on marriage.appointment_party (id_idx) where active;
create index appointment_party_no_show on marriage.appointment_party (id_idx, slot_day)
  where status = 'NO_SHOW';

-- Gapless certificate numbers: one counter row per office, year and type, incremented inside the
-- registration transaction (the row lock serialises registrations of one office and year).
create table marriage.certificate_counter
(
  office_id bigint  not null references marriage.office,
  year      integer not null,
  type      text    not null check (type in ('MARRIAGE', 'DIVORCE')),
  last_no   integer not null,
  primary key (office_id, year, type)
);

-- person ids refer to registry.person (no foreign key across modules); null for a party the city
-- registry does not know (registration is possible at any office nationwide).
create table marriage.registration
(
  id             bigint generated always as identity primary key,
  office_id      bigint      not null references marriage.office,
  type           text        not null check (type in ('MARRIAGE', 'DIVORCE')),
  certificate_no text        not null unique,
  registered_on  date        not null,
  person1_id     bigint,
  person2_id     bigint,
  appointment_id bigint unique references marriage.appointment,
  registered_by  text        not null,
  created_at     timestamptz not null default now()
);
create index registration_month on marriage.registration (registered_on, office_id);

-- 协议离婚: application, 30-day cooling-off, 30-day attendance window (state computed from dates).
create table marriage.divorce_application
(
  id              bigint generated always as identity primary key,
  office_id       bigint not null references marriage.office,
  applied_on      date   not null,
  person1_id      bigint not null,
  person2_id      bigint not null,
  withdrawn_on    date,
  registration_id bigint references marriage.registration,
  check (person1_id <> person2_id)
);
create index divorce_application_person1 on marriage.divorce_application (person1_id);
create index divorce_application_person2 on marriage.divorce_application (person2_id);
