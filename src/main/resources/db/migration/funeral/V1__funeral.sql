create schema funeral;
grant usage on schema funeral to ${app_role};

-- Funeral homes (殡仪馆) and cemeteries (公墓): public (公益性) or operating (经营性), in a region.
create table funeral.facility
(
  id          bigint generated always as identity primary key,
  name        text        not null unique,
  kind        text        not null check (kind in ('FUNERAL_HOME', 'CEMETERY')),
  ownership   text        not null check (ownership in ('PUBLIC', 'OPERATING')),
  region_code text        not null check (region_code ~ '^[0-9]{12}$'),
  address     text        not null,
  active      boolean     not null default true,
  created_at  timestamptz not null default now(),
  created_by  text        not null
);

-- The services a facility offers and their prices (yuan).
create table funeral.facility_service
(
  id          bigint generated always as identity primary key,
  facility_id bigint         not null references funeral.facility (id),
  item        text           not null check (item in ('TRANSPORT', 'REFRIGERATION', 'CREMATION',
                                                      'ASHES_STORAGE', 'SEA_BURIAL', 'TREE_BURIAL',
                                                      'FLOWER_BURIAL', 'LAWN_BURIAL', 'OTHER')),
  name        text           not null,
  price       numeric(12, 2) not null check (price >= 0),
  constraint facility_service_once unique (facility_id, name)
);

-- 基本殡葬服务减免: per group and basic item, the amount up to which the item is paid, from a first
-- day of a month; a change adds a version and never rewrites the past. Amounts unconfirmed
-- (domain-rules §8) until the bureau confirms them.
create table funeral.basic_relief
(
  id                bigint generated always as identity primary key,
  beneficiary_group text           not null check (beneficiary_group in ('TEKUN', 'UNIDENTIFIED',
                                                                          'DIBAO', 'RESIDENT')),
  item              text           not null check (item in ('TRANSPORT', 'REFRIGERATION',
                                                            'CREMATION', 'ASHES_STORAGE')),
  valid_from        date           not null check (extract(day from valid_from) = 1),
  cap               numeric(12, 2) not null check (cap >= 0),
  unconfirmed       boolean        not null default true,
  created_at        timestamptz    not null default now(),
  created_by        text           not null,
  constraint basic_relief_version unique (beneficiary_group, item, valid_from)
);

-- 生态安葬补贴: a fixed amount per kind of ecological burial, effective-dated like the relief.
create table funeral.eco_subsidy
(
  id          bigint generated always as identity primary key,
  item        text           not null check (item in ('SEA_BURIAL', 'TREE_BURIAL', 'FLOWER_BURIAL',
                                                      'LAWN_BURIAL')),
  valid_from  date           not null check (extract(day from valid_from) = 1),
  amount      numeric(12, 2) not null check (amount >= 0),
  unconfirmed boolean        not null default true,
  created_at  timestamptz    not null default now(),
  created_by  text           not null,
  constraint eco_subsidy_version unique (item, valid_from)
);

insert into funeral.basic_relief (beneficiary_group, item, valid_from, cap, created_by)
select g, i.item, date '2023-01-01', i.cap, 'migration'
  from unnest(array['TEKUN', 'UNIDENTIFIED', 'DIBAO']) g,
       (values ('TRANSPORT', 500.00), ('REFRIGERATION', 300.00), ('CREMATION', 600.00),
               ('ASHES_STORAGE', 300.00)) as i(item, cap);
insert into funeral.basic_relief (beneficiary_group, item, valid_from, cap, created_by)
values ('RESIDENT', 'TRANSPORT', date '2023-01-01', 200.00, 'migration'),
       ('RESIDENT', 'CREMATION', date '2023-01-01', 400.00, 'migration');
insert into funeral.eco_subsidy (item, valid_from, amount, created_by)
values ('SEA_BURIAL', date '2023-01-01', 3000.00, 'migration'),
       ('TREE_BURIAL', date '2023-01-01', 2000.00, 'migration'),
       ('FLOWER_BURIAL', date '2023-01-01', 2000.00, 'migration'),
       ('LAWN_BURIAL', date '2023-01-01', 1500.00, 'migration');

-- One subsidy case per death (the database refuses a second): opened on PersonDied, or by an
-- application at a counter or in the portal, or by the first service record of a funeral home.
create table funeral.subsidy_case
(
  id                  bigint generated always as identity primary key,
  case_no             text           not null unique,
  deceased_person_id  bigint         not null,
  date_of_death       date           not null,
  region_code         text           not null check (region_code ~ '^[0-9]{12}$'),
  beneficiary_group   text           not null check (beneficiary_group in ('TEKUN', 'UNIDENTIFIED',
                                                                            'DIBAO', 'RESIDENT',
                                                                            'NON_RESIDENT')),
  opened_via          text           not null check (opened_via in ('DEATH', 'COUNTER', 'PORTAL',
                                                                    'SERVICE_RECORD')),
  opened_at           timestamptz    not null default now(),
  state               text           not null check (state in ('OPEN', 'APPLIED', 'PROPOSED',
                                                               'APPROVED')),
  applicant_person_id bigint,
  applicant_name      text,
  applied_via         text check (applied_via in ('COUNTER', 'PORTAL')),
  applied_at          timestamptz,
  applied_by          text,
  amount              numeric(12, 2) check (amount >= 0),
  basis               text,
  proposed_by         text,
  proposed_at         timestamptz,
  approved_by         text,
  approved_at         timestamptz,
  constraint subsidy_case_once_per_death unique (deceased_person_id),
  constraint subsidy_case_maker_is_not_checker check (approved_by is null
                                                      or approved_by <> proposed_by),
  constraint subsidy_case_applied check (state = 'OPEN' or applicant_person_id is not null)
);
create index subsidy_case_region on funeral.subsidy_case (region_code);

-- What was paid: one row per death, ever (the unique deceased person). The month's entitlements of
-- the programme FUNERAL are computed from this table, set-based.
create table funeral.subsidy_payment
(
  id                 bigint generated always as identity primary key,
  case_id            bigint         not null unique references funeral.subsidy_case (id),
  deceased_person_id bigint         not null,
  payee_person_id    bigint         not null,
  pay_month          date           not null check (extract(day from pay_month) = 1),
  amount             numeric(12, 2) not null check (amount > 0),
  region_code        text           not null,
  case_no            text           not null,
  created_at         timestamptz    not null default now(),
  constraint subsidy_payment_once_per_death unique (deceased_person_id)
);
create index subsidy_payment_month on funeral.subsidy_payment (pay_month);

-- A delivery of service records by a funeral home: by API with its Idempotency-Key, by upload with
-- the file's digest as key. The same key twice is the same batch.
create table funeral.record_batch
(
  id              bigint generated always as identity primary key,
  facility_id     bigint      not null references funeral.facility (id),
  source          text        not null check (source in ('API', 'UPLOAD')),
  idempotency_key text        not null,
  rows_total      int         not null,
  rows_accepted   int         not null,
  errors          text        not null default '',
  received_at     timestamptz not null default now(),
  received_by     text        not null,
  constraint record_batch_once unique (facility_id, idempotency_key)
);

-- A service the funeral home gave for a death and what it charged.
create table funeral.service_record
(
  id          bigint generated always as identity primary key,
  case_id     bigint         not null references funeral.subsidy_case (id),
  facility_id bigint         not null references funeral.facility (id),
  batch_id    bigint         not null references funeral.record_batch (id),
  item        text           not null check (item in ('TRANSPORT', 'REFRIGERATION', 'CREMATION',
                                                      'ASHES_STORAGE', 'SEA_BURIAL', 'TREE_BURIAL',
                                                      'FLOWER_BURIAL', 'LAWN_BURIAL', 'OTHER')),
  served_on   date           not null,
  charged     numeric(12, 2) not null check (charged >= 0),
  constraint service_record_once unique (case_id, facility_id, item, served_on)
);
create index service_record_case on funeral.service_record (case_id);

