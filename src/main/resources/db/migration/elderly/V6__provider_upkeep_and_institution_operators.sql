-- Providers and workers are kept up by staff. A form token (one per rendered form) makes the add
-- idempotent: a double click or a resent form finds the row the first request created.
alter table elderly.service_provider
  add column form_token uuid unique,
  add column updated_at timestamptz not null default now(),
  add column updated_by text;
alter table elderly.provider_worker
  add column form_token uuid unique,
  add column updated_at timestamptz not null default now(),
  add column updated_by text;

-- 机构经办人: a staff account of the INSTITUTION_OPERATOR role files and keeps up its own
-- institution online. One institution per account (the platform's username: accounts are never
-- renamed); an institution may have several operators.
create table elderly.institution_operator
(
  username       text primary key check (username ~ '^[a-z0-9][a-z0-9_.-]{2,31}$'),
  institution_id bigint      not null references elderly.institution (id),
  bound_by       text        not null,
  bound_at       timestamptz not null default now()
);
create index institution_operator_institution on elderly.institution_operator (institution_id);

-- Filed by the institution itself (网上备案) rather than entered at the bureau's counter.
alter table elderly.institution add column filed_online boolean not null default false;
