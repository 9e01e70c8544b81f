-- The registry person of a party (null when the registry does not know the ID number), kept at
-- booking so that notices (booking, reminder, cancellation) need no decryption.
alter table marriage.appointment_party add column person_id bigint;
create index appointment_party_person on marriage.appointment_party (person_id)
  where person_id is not null;

-- A slot of a day that was closed after it had been generated (holiday added later, office
-- closure). Kept, not deleted, when appointments refer to it; never offered nor bookable again.
alter table marriage.slot add column closed boolean not null default false;

-- A day one office is closed (the holiday calendar closes every office).
create table marriage.office_closure
(
  office_id bigint not null references marriage.office,
  day       date   not null,
  reason    text   not null check (btrim(reason) <> ''),
  primary key (office_id, day)
);
