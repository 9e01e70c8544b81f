-- Service accounts: other departments' systems calling /api/v1 with a bearer token. Only the
-- SM3 digest of a token is stored; the token itself is shown once, at creation.
create table platform.service_account
(
  id           bigint generated always as identity primary key,
  name         varchar(100) not null unique,
  department   varchar(100) not null,
  scopes       text[]       not null,
  token_hash   bytea        not null unique,
  enabled      boolean      not null default true,
  created_at   timestamptz  not null default now(),
  created_by   varchar(32)  not null,
  last_used_at timestamptz,
  revoked_at   timestamptz,
  revoked_by   varchar(32)
);
