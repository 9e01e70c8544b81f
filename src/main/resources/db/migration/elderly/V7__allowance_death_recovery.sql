-- 身后一件事: what the death listener recovered for approved months after death (the payment row
-- it removed), so that a withdrawn death pays exactly that back as arrears and restores the row.
create table elderly.allowance_death_recovery
(
  person_id     bigint         not null,
  month         date           not null check (extract(day from month) = 1),
  amount        numeric(12, 2) not null,
  band_label    text           not null,
  region_code   text           not null,
  date_of_death date           not null,
  recovered_at  timestamptz    not null default now(),
  primary key (person_id, month)
);
