create schema cockpit;
grant usage on schema cockpit to ${app_role};

-- Living persons per residence region as the registry counted them (cockpit's Residents SPI) at
-- counted_at: the base of the per-1,000-residents comparison. Refreshed nightly in one statement
-- (the page never counts 21 million persons while a leader waits); one row per region code at
-- the level the registry records (communities), rolled up by the cockpit like any figure.
create table cockpit.region_residents
(
  region_code text        primary key check (region_code ~ '^[0-9]{12}$'),
  residents   bigint      not null check (residents >= 0),
  counted_at  timestamptz not null
);
