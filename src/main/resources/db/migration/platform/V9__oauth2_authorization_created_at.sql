-- When an authorization row was made: a row the citizen never consented to (the app started the
-- flow, the citizen left at the consent page) has no code and no token whose expiry could say
-- when it may go; the clean-up deletes such rows by age (ExpiredAuthorizations).
alter table oauth2_authorization add column created_at timestamptz not null default now();
create index oauth2_authorization_pending_idx on oauth2_authorization (created_at)
  where authorization_code_value is null and access_token_value is null;
