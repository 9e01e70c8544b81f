-- Idempotency-Key of the marriage API's bookings (platform.IdempotentRequests): the stored answer
-- is replayed for the same key and caller, and a seat is never taken twice by a retried request.
create table marriage.idempotency_key
(
  caller     text        not null,
  key        text        not null check (length(key) between 1 and 200),
  operation  text        not null,
  status     integer     not null,
  body       text        not null,
  created_at timestamptz not null default now(),
  primary key (caller, key)
);
grant select, insert, update on marriage.idempotency_key to ${app_role};
