-- Idempotency-Key of the monitoring API's verification requests (platform.IdempotentRequests).
create table monitoring.idempotency_key
(
  caller     text        not null,
  key        text        not null check (length(key) between 1 and 200),
  operation  text        not null,
  status     integer     not null,
  body       text        not null,
  created_at timestamptz not null default now(),
  primary key (caller, key)
);
grant select, insert, update on monitoring.idempotency_key to ${app_role};
