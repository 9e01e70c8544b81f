-- Citizens' wrong passwords are counted per account AND client address, as staff sign-ins are
-- (platform V6). The account-wide lock this replaces let anyone who knew a phone number lock its
-- owner out of the portal, and answered "locked" only for registered numbers, so the login page
-- told which phone numbers have an account.
create table portal.login_failure (
  account_id bigint not null references portal.citizen_account (id) on delete cascade,
  address text not null,
  failures integer not null,
  blocked_until timestamptz,
  last_failure_at timestamptz not null,
  primary key (account_id, address)
);

alter table portal.citizen_account drop column failed_attempts, drop column locked_until;
