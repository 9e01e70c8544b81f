-- 特殊困难老年人居家上门服务: eligible groups (configurable), enrolled elders with a yearly budget,
-- providers with workers, orders (by staff or by the citizen in the portal), service records with
-- the elder's confirmation, rating and complaint; monthly settlement per provider from the
-- confirmed records.
create table elderly.home_service_group
(
  code   text primary key check (code ~ '^[A-Z_]{2,30}$'),
  label  text    not null,
  active boolean not null default true
);
insert into elderly.home_service_group (code, label)
values ('TEKUN', '特困老年人'), ('DIBAO', '低保老年人'), ('DISABLED', '重度残疾老年人'),
       ('SOLITARY', '独居、空巢老年人'), ('LOW_INCOME', '低收入家庭失能老年人');

create table elderly.home_service_setting
(
  year           integer primary key,
  budget_yuan    numeric(12, 2) not null check (budget_yuan > 0),
  hourly_rate    numeric(12, 2) not null check (hourly_rate > 0)
);
insert into elderly.home_service_setting (year, budget_yuan, hourly_rate)
select y, 1800.00, 45.00 from generate_series(2023, 2035) y;

create table elderly.home_service_recipient
(
  person_id   bigint primary key,
  group_code  text        not null references elderly.home_service_group (code),
  region_code text        not null check (region_code ~ '^[0-9]{12}$'),
  enrolled_on date        not null,
  ended_on    date,
  demo        boolean     not null default false,
  created_by  text        not null,
  created_at  timestamptz not null default now()
);
create index home_service_recipient_region on elderly.home_service_recipient (region_code);

create table elderly.service_provider
(
  id          bigint generated always as identity primary key,
  name        text    not null,
  region_code text    not null check (region_code ~ '^[0-9]{12}$'),
  contact     text    not null,
  active      boolean not null default true,
  demo        boolean not null default false
);
create index service_provider_region on elderly.service_provider (region_code);

create table elderly.provider_worker
(
  id          bigint generated always as identity primary key,
  provider_id bigint  not null references elderly.service_provider (id),
  name        text    not null,
  skills      text,
  active      boolean not null default true
);
create index provider_worker_provider on elderly.provider_worker (provider_id);

create table elderly.home_service_order
(
  id           bigint generated always as identity primary key,
  person_id    bigint      not null references elderly.home_service_recipient (person_id),
  provider_id  bigint      not null references elderly.service_provider (id),
  item         text        not null check (item in ('CLEANING', 'BATHING', 'MEALS', 'MEDICAL', 'COMFORT', 'ERRANDS')),
  scheduled_on date        not null,
  status       text        not null default 'ORDERED' check (status in ('ORDERED', 'DONE', 'CANCELLED')),
  placed_by    text        not null check (placed_by in ('STAFF', 'CITIZEN')),
  region_code  text        not null check (region_code ~ '^[0-9]{12}$'),
  created_at   timestamptz not null default now(),
  created_by   text        not null
);
create index home_service_order_region on elderly.home_service_order (region_code, status, scheduled_on);
create index home_service_order_person on elderly.home_service_order (person_id);

create table elderly.home_service_record
(
  id           bigint generated always as identity primary key,
  order_id     bigint         not null unique references elderly.home_service_order (id),
  worker_id    bigint         not null references elderly.provider_worker (id),
  provider_id  bigint         not null references elderly.service_provider (id),
  person_id    bigint         not null,
  served_at    timestamptz    not null,
  minutes      integer        not null check (minutes between 15 and 480),
  amount       numeric(12, 2) not null check (amount >= 0),
  confirmed_at timestamptz,
  rating       smallint check (rating between 1 and 5),
  complaint    text,
  region_code  text           not null check (region_code ~ '^[0-9]{12}$'),
  created_by   text           not null
);
create index home_service_record_provider on elderly.home_service_record (provider_id, served_at);
create index home_service_record_person on elderly.home_service_record (person_id, served_at);

-- 适老化改造: application -> assessment (catalogue items) -> plan with cost -> works ->
-- acceptance -> subsidy. Each step is a row of the history.
create table elderly.modification_catalogue
(
  code       text primary key,
  name       text           not null,
  unit       text           not null,
  unit_price numeric(12, 2) not null check (unit_price > 0)
);
insert into elderly.modification_catalogue (code, name, unit, unit_price)
values ('GRAB_BAR', '卫生间扶手', '套', 260.00), ('ANTI_SLIP', '地面防滑处理', '平方米', 80.00),
       ('BATH_CHAIR', '淋浴椅', '把', 180.00), ('RAMP', '门槛坡道', '处', 300.00),
       ('NIGHT_LIGHT', '感应夜灯', '个', 60.00), ('ALARM', '紧急呼叫器', '套', 350.00),
       ('TOILET_FRAME', '坐便器助力架', '个', 220.00), ('BED_RAIL', '床边护栏', '个', 240.00);

create table elderly.modification_case
(
  id          bigint generated always as identity primary key,
  person_id   bigint         not null,
  region_code text           not null check (region_code ~ '^[0-9]{12}$'),
  status      text           not null default 'APPLIED'
    check (status in ('APPLIED', 'ASSESSED', 'PLANNED', 'IN_WORKS', 'ACCEPTED', 'SUBSIDISED', 'REJECTED')),
  applied_on  date           not null,
  plan_cost   numeric(12, 2),
  subsidy     numeric(12, 2),
  demo        boolean        not null default false,
  created_by  text           not null,
  updated_at  timestamptz    not null default now()
);
create index modification_case_region on elderly.modification_case (region_code, status);
create unique index modification_case_one_open on elderly.modification_case (person_id)
  where status not in ('SUBSIDISED', 'REJECTED');

create table elderly.modification_item
(
  case_id  bigint         not null references elderly.modification_case (id),
  code     text           not null references elderly.modification_catalogue (code),
  quantity integer        not null check (quantity > 0),
  cost     numeric(12, 2) not null,
  primary key (case_id, code)
);

create table elderly.modification_history
(
  id      bigint generated always as identity primary key,
  case_id bigint      not null references elderly.modification_case (id),
  at      timestamptz not null default now(),
  status  text        not null,
  note    text,
  by_user text        not null
);
create index modification_history_case on elderly.modification_history (case_id, at);
