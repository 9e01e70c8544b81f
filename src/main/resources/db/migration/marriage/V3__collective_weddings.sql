-- 集体婚礼: an event of one office on one day; booked couples join it and register together.
create table marriage.collective_wedding
(
  id        bigint generated always as identity primary key,
  office_id bigint  not null references marriage.office,
  day       date    not null,
  title     text    not null,
  capacity  integer not null check (capacity > 0),
  joined    integer not null default 0,
  constraint collective_wedding_not_overfull check (joined between 0 and capacity)
);
create index collective_wedding_office_day on marriage.collective_wedding (office_id, day);

-- A couple (its appointment) joins at most one event.
create table marriage.collective_wedding_couple
(
  wedding_id     bigint not null references marriage.collective_wedding,
  appointment_id bigint not null unique references marriage.appointment,
  primary key (wedding_id, appointment_id)
);
