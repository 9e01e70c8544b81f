-- Wrong passwords and TOTP codes are counted per account AND client address (issue 14). The
-- account-wide lock that this replaces let anyone who knew a username lock its owner out for 15
-- minutes, and answered "locked" only for real usernames. Now five failures from one address
-- suspend that address for the account; the owner at another address signs in as usual, and
-- guessing from many addresses is slowed by the per-username rate limit instead.
create table platform.login_failure (
  account_id bigint not null references platform.staff_account (id) on delete cascade,
  address text not null,
  failures integer not null,
  blocked_until timestamptz,
  last_failure_at timestamptz not null,
  primary key (account_id, address)
);

alter table platform.staff_account drop column failed_attempts, drop column locked_until;
