create schema payments;
grant usage on schema payments to ${app_role};

-- Programmes whose benefits are paid through this module (code table: a new programme is a row).
create table payments.programme
(
  code  text primary key check (code ~ '^[A-Z_]{2,30}$'),
  label text not null
);
insert into payments.programme (code, label)
values ('DIBAO', '低保'), ('TEKUN', '特困供养'), ('LINSHI', '临时救助'), ('GAOLING', '高龄津贴'),
       ('DISABILITY_LIVING', '困难残疾人生活补贴'), ('DISABILITY_CARE', '重度残疾人护理补贴'),
       ('ORPHAN', '孤儿基本生活费'), ('UNSUPPORTED_CHILD', '事实无人抚养儿童基本生活补贴');

-- One entitlement per person, programme and month: the database guarantees it (security.md
-- "Money and capacity"). Month = first day of the month. Amount in yuan with fen, never float.
-- region_code: the person's residence region when the programme computed it (scope, rosters).
create table payments.entitlement
(
  id          bigint generated always as identity primary key,
  person_id   bigint        not null,
  programme   text          not null references payments.programme (code),
  month       date          not null check (extract(day from month) = 1),
  amount      numeric(12, 2) not null check (amount > 0),
  basis       text          not null,
  region_code text          not null check (region_code ~ '^[0-9]{12}$'),
  case_ref    text,
  created_at  timestamptz   not null default now(),
  updated_at  timestamptz   not null default now(),
  constraint entitlement_once_per_month unique (person_id, programme, month)
);
create index entitlement_programme_month on payments.entitlement (programme, month);

-- Rows a programme streams in (COPY) before replacing a month in one transaction. Rows of a batch
-- that never completed (crash) are deleted when the same programme month is opened again.
create unlogged table payments.entitlement_staging
(
  batch_id    uuid          not null,
  person_id   bigint        not null,
  amount      numeric(12, 2) not null,
  basis       text          not null,
  region_code text          not null,
  case_ref    text,
  staged_at   timestamptz   not null default now()
);
create index entitlement_staging_batch on payments.entitlement_staging (batch_id);

-- Explicit corrections of an approved month: arrears (positive) or recovery (negative), paid in
-- a later month's roster.
create table payments.adjustment
(
  id          bigint generated always as identity primary key,
  person_id   bigint         not null,
  programme   text           not null references payments.programme (code),
  for_month   date           not null check (extract(day from for_month) = 1),
  pay_month   date           not null check (extract(day from pay_month) = 1 and pay_month > for_month),
  amount      numeric(12, 2) not null check (amount <> 0),
  reason      text           not null,
  region_code text           not null check (region_code ~ '^[0-9]{12}$'),
  created_at  timestamptz    not null default now(),
  created_by  text           not null,
  constraint adjustment_once unique (person_id, programme, for_month, pay_month)
);

-- Payee bank accounts: the number only encrypted (SM4-GCM); the masked form for screens.
-- Rows are never changed except being deactivated, so a roster line points at what was approved.
create table payments.payee_account
(
  id             bigint generated always as identity primary key,
  person_id      bigint      not null,
  holder_name    text        not null,
  bank_name      text        not null,
  account_enc    bytea       not null,
  account_masked text        not null,
  active         boolean     not null default true,
  created_at     timestamptz not null default now(),
  created_by     text        not null
);
create unique index payee_account_one_active on payments.payee_account (person_id) where active;

-- 发放名册: per programme, month and district (county-level node).
create table payments.roster
(
  id              bigint generated always as identity primary key,
  programme       text           not null references payments.programme (code),
  month           date           not null check (extract(day from month) = 1),
  district_code   text           not null check (district_code ~ '^[0-9]{12}$'),
  state           text           not null default 'DRAFT'
    check (state in ('DRAFT', 'APPROVED', 'SENT', 'RECONCILED')),
  people          integer        not null default 0,
  total_amount    numeric(14, 2) not null default 0,
  made_by_id      bigint         not null,
  made_by         text           not null,
  made_at         timestamptz    not null,
  approved_by_id  bigint,
  approved_by     text,
  approved_at     timestamptz,
  sent_at         timestamptz,
  reconciled_at   timestamptz,
  constraint roster_once unique (programme, month, district_code),
  -- maker-checker, recorded and enforced by the database as well as by the code
  constraint roster_checker_differs check (approved_by_id is null or approved_by_id <> made_by_id),
  constraint roster_approval_recorded check (state = 'DRAFT' or approved_by_id is not null)
);
create index roster_district_state on payments.roster (district_code, state);

create table payments.roster_line
(
  id               bigint generated always as identity primary key,
  roster_id        bigint         not null references payments.roster (id),
  person_id        bigint         not null,
  region_code      text           not null,
  amount           numeric(12, 2) not null,
  kind             text           not null check (kind in ('REGULAR', 'ADJUSTMENT', 'REISSUE')),
  entitlement_id   bigint,
  adjustment_id    bigint,
  reissue_of       bigint references payments.roster_line (id),
  account_id       bigint references payments.payee_account (id),
  holder_name      text,
  account_masked   text
);
create index roster_line_roster on payments.roster_line (roster_id);
-- a failed payment is re-issued once, never twice
create unique index roster_line_reissued_once on payments.roster_line (reissue_of) where reissue_of is not null;
create unique index roster_line_entitlement_once on payments.roster_line (entitlement_id) where entitlement_id is not null;
create unique index roster_line_adjustment_once on payments.roster_line (adjustment_id) where adjustment_id is not null;

-- An approved roster is immutable: its lines cannot be added, changed or removed, and the roster
-- itself can only move forward (approved -> sent -> reconciled). Enforced here so that no code
-- path, and no direct SQL as the application role, can change what was approved.
-- Statement-level with transition tables: one check per statement, not per row, so that drafting
-- a million lines does not run a million lookups.
create function payments.refuse_line_change_after_approval() returns trigger
  language plpgsql as
$$
declare
  locked bigint;
begin
  if tg_op in ('INSERT', 'UPDATE') then
    select r.id into locked from changed_new c join payments.roster r on r.id = c.roster_id
     where r.state <> 'DRAFT' limit 1;
  end if;
  if locked is null and tg_op in ('UPDATE', 'DELETE') then
    select r.id into locked from changed_old c join payments.roster r on r.id = c.roster_id
     where r.state <> 'DRAFT' limit 1;
  end if;
  if locked is not null then
    raise exception 'roster % is approved and immutable', locked using errcode = 'P0001';
  end if;
  return null;
end;
$$;
create trigger roster_line_immutable_insert
  after insert on payments.roster_line referencing new table as changed_new
  for each statement execute function payments.refuse_line_change_after_approval();
create trigger roster_line_immutable_update
  after update on payments.roster_line referencing old table as changed_old new table as changed_new
  for each statement execute function payments.refuse_line_change_after_approval();
create trigger roster_line_immutable_delete
  after delete on payments.roster_line referencing old table as changed_old
  for each statement execute function payments.refuse_line_change_after_approval();

create function payments.refuse_roster_change_after_approval() returns trigger
  language plpgsql as
$$
begin
  if tg_op = 'DELETE' then
    if old.state <> 'DRAFT' then
      raise exception 'roster % is % and immutable', old.id, old.state using errcode = 'P0001';
    end if;
    return old;
  end if;
  if old.state <> 'DRAFT' and (
      (new.programme, new.month, new.district_code, new.people, new.total_amount, new.made_by_id,
       new.approved_by_id, new.approved_at)
      is distinct from
      (old.programme, old.month, old.district_code, old.people, old.total_amount, old.made_by_id,
       old.approved_by_id, old.approved_at)
      or not ((old.state, new.state) in (('APPROVED', 'APPROVED'), ('APPROVED', 'SENT'),
                                         ('SENT', 'SENT'), ('SENT', 'RECONCILED'),
                                         ('RECONCILED', 'RECONCILED')))) then
    raise exception 'roster % is % and immutable', old.id, old.state using errcode = 'P0001';
  end if;
  return new;
end;
$$;
create trigger roster_immutable
  before update or delete on payments.roster
  for each row execute function payments.refuse_roster_change_after_approval();

-- Bank return files: the SHA-256 of the content makes a second import of the same file a no-op.
create table payments.return_file
(
  id          bigint generated always as identity primary key,
  roster_id   bigint      not null references payments.roster (id),
  sha256      text        not null unique,
  file_name   text        not null,
  paid        integer     not null,
  failed      integer     not null,
  imported_at timestamptz not null default now(),
  imported_by text        not null
);

-- The bank's answer per line: exactly one per line (primary key), whatever number of imports.
create table payments.payment_result
(
  line_id        bigint primary key references payments.roster_line (id),
  status         text   not null check (status in ('PAID', 'FAILED')),
  reason         text,
  return_file_id bigint not null references payments.return_file (id)
);

-- Idempotency-Key of API POSTs: the stored answer is replayed for the same key and caller.
create table payments.idempotency_key
(
  caller     text        not null,
  key        text        not null check (length(key) between 1 and 200),
  operation  text        not null,
  status     integer     not null,
  body       text        not null,
  created_at timestamptz not null default now(),
  primary key (caller, key)
);
