-- The low-income register: one row per person and category while it lasts (until = null).
create table monitoring.register_entry
(
  id           bigint generated always as identity primary key,
  person_id    bigint      not null,
  household_id bigint,
  region_code  text        not null check (region_code ~ '^[0-9]{12}$'),
  category     text        not null
    check (category in ('DIBAO', 'TEKUN', 'MARGINAL', 'RIGID_EXPENDITURE', 'RELAPSE_RISK')),
  origin       text        not null check (origin in ('PROGRAMME', 'MANUAL')),
  reason       text        not null,
  case_id      bigint,
  since        date        not null,
  until        date,
  created_at   timestamptz not null default now(),
  created_by   text        not null
);
create unique index register_entry_one_current
  on monitoring.register_entry (person_id, category) where until is null;
create index register_entry_region on monitoring.register_entry (region_code) where until is null;
create index register_entry_household on monitoring.register_entry (household_id) where until is null;

-- Warning rules: configurable threshold, level, deadline and the region level that handles them.
create table monitoring.warning_rule
(
  code           text primary key,
  label          text           not null,
  level          text           not null check (level in ('RED', 'ORANGE', 'YELLOW')),
  threshold      numeric(14, 2),
  deadline_days  integer        not null check (deadline_days > 0),
  assignee_level text           not null check (assignee_level in ('COMMUNITY', 'STREET', 'DISTRICT')),
  active         boolean        not null default true,
  updated_at     timestamptz    not null default now(),
  updated_by     text           not null default 'migration'
);
insert into monitoring.warning_rule (code, label, level, threshold, deadline_days, assignee_level)
values ('INCOME_ABOVE_STANDARD', '低保家庭人均收入高于低保标准，可能不再符合条件', 'ORANGE', null, 15, 'STREET'),
       ('LARGE_MEDICAL_BILL', '低收入家庭发生大额医疗费用，可能需要救助（主动发现）', 'RED', 20000, 7, 'STREET'),
       ('NEW_VEHICLE', '保障对象新登记机动车', 'ORANGE', null, 15, 'STREET'),
       ('NEW_PROPERTY', '保障对象新登记不动产', 'ORANGE', null, 15, 'STREET'),
       ('DEATH', '保障对象死亡', 'YELLOW', null, 10, 'STREET'),
       ('NEW_DISABILITY', '保障对象新评定残疾，需复核两项补贴', 'YELLOW', null, 30, 'STREET');

-- A warning. The evidence fact is part of its identity: the same fact never raises the same rule
-- twice (re-import, nightly run), guaranteed by the unique constraint.
create table monitoring.warning
(
  id                    bigint generated always as identity primary key,
  rule_code             text        not null references monitoring.warning_rule (code),
  level                 text        not null,
  fact_id               bigint      not null references monitoring.fact (id),
  evidence_fact_ids     bigint[]    not null,
  person_id             bigint      not null,
  household_id          bigint,
  region_code           text        not null check (region_code ~ '^[0-9]{12}$'),
  assignee_region_code  text        not null check (assignee_region_code ~ '^[0-9]{12}$'),
  state                 text        not null default 'NEW'
    check (state in ('NEW', 'ASSIGNED', 'HANDLED', 'CLOSED')),
  assignee              text,
  disposal              text check (disposal in ('VISIT', 'ASSISTANCE_STARTED', 'BENEFIT_ADJUSTED', 'FALSE_ALARM')),
  disposal_note         text,
  deadline              date        not null,
  escalations           integer     not null default 0,
  raised_at             timestamptz not null default now(),
  closed_at             timestamptz,
  constraint warning_once_per_fact unique (rule_code, fact_id)
);
create index warning_open_assignee on monitoring.warning (assignee_region_code, deadline) where state <> 'CLOSED';
create index warning_region on monitoring.warning (region_code, state);

create table monitoring.warning_history
(
  id         bigint generated always as identity primary key,
  warning_id bigint      not null references monitoring.warning (id),
  at         timestamptz not null default now(),
  by_user    text        not null,
  from_state text,
  to_state   text        not null,
  note       text
);
create index warning_history_warning on monitoring.warning_history (warning_id, id);

-- Visiting care: frequency by risk tier (a register category), tasks, records.
create table monitoring.visit_tier
(
  category       text primary key,
  label          text    not null,
  frequency_days integer not null check (frequency_days > 0),
  active         boolean not null default true
);
insert into monitoring.visit_tier (category, label, frequency_days)
values ('TEKUN', '特困供养人员（每月）', 30), ('DIBAO', '低保家庭（每季度）', 90),
       ('MARGINAL', '低保边缘家庭（每季度）', 90), ('RIGID_EXPENDITURE', '刚性支出困难家庭（每两月）', 60),
       ('RELAPSE_RISK', '防返贫监测对象（每两周）', 14);

create table monitoring.visit_task
(
  id           bigint generated always as identity primary key,
  person_id    bigint      not null,
  household_id bigint,
  region_code  text        not null check (region_code ~ '^[0-9]{12}$'),
  category     text        not null,
  due_date     date        not null,
  state        text        not null default 'OPEN' check (state in ('OPEN', 'DONE')),
  created_at   timestamptz not null default now()
);
create unique index visit_task_one_open on monitoring.visit_task (person_id, category) where state = 'OPEN';
create index visit_task_region on monitoring.visit_task (region_code, due_date) where state = 'OPEN';

create table monitoring.visit
(
  id           bigint generated always as identity primary key,
  person_id    bigint      not null,
  household_id bigint,
  region_code  text        not null check (region_code ~ '^[0-9]{12}$'),
  visited_on   date        not null,
  visitor      text        not null,
  findings     text        not null,
  needs        text,
  follow_up    text,
  task_id      bigint references monitoring.visit_task (id),
  warning_id   bigint references monitoring.warning (id),
  recorded_by  text        not null,
  recorded_at  timestamptz not null default now()
);
create index visit_region_month on monitoring.visit (region_code, visited_on);
create index visit_person on monitoring.visit (person_id, visited_on desc);

-- Household economic verification (核对): the report and the facts it used (reproducible).
create table monitoring.verification
(
  id                bigint generated always as identity primary key,
  household_id      bigint         not null,
  region_code       text           not null check (region_code ~ '^[0-9]{12}$'),
  case_id           bigint,
  consent_ref       text           not null check (btrim(consent_ref) <> ''),
  as_of             date           not null,
  member_count      integer        not null check (member_count > 0),
  household_income  numeric(14, 2) not null,
  per_capita_income numeric(14, 2) not null,
  standard          numeric(14, 2),
  assets_ok         boolean        not null,
  conclusion        text           not null,
  complete          boolean        not null,
  valid_until       date           not null,
  previous_id       bigint references monitoring.verification (id),
  requested_at      timestamptz    not null default now(),
  requested_by      text           not null
);
create index verification_household on monitoring.verification (household_id, id desc);
create index verification_region on monitoring.verification (region_code, id desc);

create table monitoring.verification_fact
(
  verification_id bigint not null references monitoring.verification (id),
  fact_id         bigint not null references monitoring.fact (id),
  counted         boolean not null,
  primary key (verification_id, fact_id)
);

create table monitoring.verification_asset
(
  verification_id bigint         not null references monitoring.verification (id),
  rule_code       text           not null,
  label           text           not null,
  value           numeric(14, 2) not null,
  limit_value     numeric(14, 2),
  passed          boolean        not null,
  primary key (verification_id, rule_code)
);

-- Asset rules [unconfirmed in official texts]: configurable, see domain-rules.md §3.
create table monitoring.asset_rule
(
  code       text primary key,
  label      text           not null,
  feed_type  text           not null,
  measure    text           not null check (measure in ('SUM', 'COUNT', 'SUM_PER_MEMBER_STANDARD_MONTHS')),
  limit_value numeric(14, 2) not null,
  active     boolean        not null default true
);
insert into monitoring.asset_rule (code, label, feed_type, measure, limit_value)
values ('PROPERTY_COUNT', '家庭拥有房产不超过1套', 'PROPERTY', 'COUNT', 1),
       ('VEHICLE_VALUE', '家庭车辆总价值不超过5万元', 'VEHICLE', 'SUM', 50000),
       ('BUSINESS_CAPITAL', '家庭经营主体认缴出资不超过10万元', 'BUSINESS', 'SUM', 100000),
       ('DEPOSITS', '家庭人均存款不超过24个月低保标准', 'DEPOSITS', 'SUM_PER_MEMBER_STANDARD_MONTHS', 24);

create table monitoring.dispute
(
  id              bigint generated always as identity primary key,
  verification_id bigint      not null references monitoring.verification (id),
  fact_id         bigint      not null references monitoring.fact (id),
  region_code     text        not null,
  raised_by       text        not null,
  reason          text        not null check (btrim(reason) <> ''),
  raised_at       timestamptz not null default now(),
  state           text        not null default 'OPEN' check (state in ('OPEN', 'RESOLVED')),
  resolution      text
);
create index dispute_open on monitoring.dispute (region_code) where state = 'OPEN';
