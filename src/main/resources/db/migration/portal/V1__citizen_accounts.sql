create schema portal;
grant usage on schema portal to ${app_role};

-- A citizen's account, linked to exactly one registry person after the real-name check. The
-- phone only encrypted (SM4-GCM) with a keyed blind index for login and uniqueness; the password
-- only as an Argon2 hash. person_id refers to registry.person (no foreign key across modules).
create table portal.citizen_account
(
  id              bigint generated always as identity primary key,
  person_id       bigint      not null,
  phone_enc       bytea       not null,
  phone_idx       bytea       not null,
  password_hash   text        not null,
  status          text        not null default 'ACTIVE' check (status in ('ACTIVE', 'DISABLED')),
  failed_attempts integer     not null default 0,
  locked_until    timestamptz,
  created_at      timestamptz not null default now(),
  last_login_at   timestamptz,
  constraint citizen_account_one_per_person unique (person_id),
  constraint citizen_account_phone_unique unique (phone_idx)
);

-- One-time codes: only a keyed hash (HMAC-SM3 over purpose, phone and code) is kept, so a copy
-- of the table does not give the codes away. Single use (used_at), expiring, limited attempts.
create table portal.one_time_code
(
  id         bigint generated always as identity primary key,
  purpose    text        not null check (purpose in ('REGISTER')),
  phone_idx  bytea       not null,
  code_hash  bytea       not null,
  expires_at timestamptz not null,
  used_at    timestamptz,
  attempts   integer     not null default 0,
  created_at timestamptz not null default now()
);
create index one_time_code_by_phone on portal.one_time_code (phone_idx, purpose, created_at desc);
create index one_time_code_expiry on portal.one_time_code (expires_at);
