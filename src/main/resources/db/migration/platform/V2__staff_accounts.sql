-- Staff accounts: one region node and one or more roles each (security.md). The schema line
-- repeats V1's (audit/crypto) so that this file stands on its own.
create schema if not exists platform;
grant usage on schema platform to ${app_role};

create table platform.staff_account
(
  id                  bigint generated always as identity primary key,
  -- Lower-case login name; unique.
  username            varchar(32)  not null unique check (username ~ '^[a-z0-9][a-z0-9_.-]{2,31}$'),
  -- varchar counts characters, not bytes: rare names outside the BMP fit whole.
  display_name        varchar(100) not null,
  password_hash       text         not null,
  region_code         char(12)     not null check (region_code ~ '^[0-9]{12}$'),
  roles               text[]       not null check (cardinality(roles) > 0),
  enabled             boolean      not null default true,
  failed_attempts     int          not null default 0,
  locked_until        timestamptz,
  -- TOTP secret, SM4-GCM encrypted by FieldCipher; null until enrolment starts.
  totp_secret         bytea,
  totp_enrolled       boolean      not null default false,
  -- Last accepted time step: a code is never accepted twice.
  totp_last_step      bigint,
  password_changed_at timestamptz  not null default now(),
  -- Demo accounts have published passwords: a production start refuses them.
  demo                boolean      not null default false,
  created_at          timestamptz  not null default now(),
  created_by          varchar(32)  not null,
  updated_at          timestamptz  not null default now(),
  updated_by          varchar(32)  not null
);
create index staff_account_region_idx on platform.staff_account (region_code);
create index staff_account_demo_idx on platform.staff_account (demo) where demo;
