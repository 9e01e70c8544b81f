-- Idempotency-Key of the elderly API's creating commands (home-service orders): the stored answer
-- is written in the transaction of the order, so a retried request never places a second order.
create table elderly.idempotency_key
(
  caller     text        not null,
  key        text        not null check (length(key) between 1 and 200),
  operation  text        not null,
  status     integer     not null,
  body       text        not null,
  created_at timestamptz not null default now(),
  primary key (caller, key)
);
grant select, insert, update on elderly.idempotency_key to ${app_role};
