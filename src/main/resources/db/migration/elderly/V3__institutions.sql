-- 养老机构备案 (养老机构管理办法 2020): an institution files with the county bureau within 10
-- working days after admitting residents; the bureau issues a receipt (回执) or asks for more
-- materials. Filed institutions are published. Beds are kept current by the bureau (or the
-- institution's operator) and sum up to beds per 1,000 registered elderly.
create table elderly.institution
(
  id                   bigint generated always as identity primary key,
  name                 text        not null check (btrim(name) <> ''),
  credit_code          text        not null,
  address              text        not null,
  region_code          text        not null check (region_code ~ '^[0-9]{12}$'),
  legal_representative text        not null,
  premises             text        not null check (premises in ('OWNED', 'LEASED', 'PUBLIC')),
  area_sqm             numeric(10, 1) check (area_sqm is null or area_sqm > 0),
  contact_phone        text        not null,
  total_beds           integer     not null check (total_beds >= 0),
  nursing_beds         integer     not null default 0 check (nursing_beds >= 0 and nursing_beds <= total_beds),
  occupied_beds        integer     not null default 0 check (occupied_beds >= 0 and occupied_beds <= total_beds),
  pledge_signed        boolean     not null check (pledge_signed),
  admitted_on          date        not null,
  submitted_on         date        not null,
  late                 boolean     not null,
  status               text        not null default 'SUBMITTED'
    check (status in ('SUBMITTED', 'MORE_MATERIALS', 'FILED', 'CLOSED')),
  receipt_number       text unique,
  filed_on             date,
  materials_note       text,
  rating               smallint check (rating between 1 and 5),
  demo                 boolean     not null default false,
  created_at           timestamptz not null default now(),
  created_by           text        not null,
  updated_at           timestamptz not null default now(),
  constraint institution_credit_code_unique unique (credit_code),
  constraint institution_filed_has_receipt check (status <> 'FILED' or receipt_number is not null)
);
create index institution_region on elderly.institution (region_code, status);
create sequence elderly.institution_receipt_seq;

-- Every step of a filing and of supervision is a row here.
create table elderly.institution_history
(
  id             bigint generated always as identity primary key,
  institution_id bigint      not null references elderly.institution (id),
  at             timestamptz not null default now(),
  action         text        not null,
  note           text,
  by_user        text        not null
);
create index institution_history_by on elderly.institution_history (institution_id, at);

create table elderly.institution_inspection
(
  id                     bigint generated always as identity primary key,
  institution_id         bigint      not null references elderly.institution (id),
  inspected_on           date        not null,
  findings               text        not null,
  rectification_deadline date,
  rectified_on           date,
  created_by             text        not null,
  created_at             timestamptz not null default now()
);
create index institution_inspection_by on elderly.institution_inspection (institution_id, inspected_on desc);

create table elderly.institution_complaint
(
  id             bigint generated always as identity primary key,
  institution_id bigint      not null references elderly.institution (id),
  received_on    date        not null,
  content        text        not null,
  status         text        not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
  resolution     text,
  created_by     text        not null,
  created_at     timestamptz not null default now()
);
create index institution_complaint_by on elderly.institution_complaint (institution_id, status);
