-- Codes also sign a citizen in (短信验证码登录) and reset a forgotten password (忘记密码).
alter table portal.one_time_code drop constraint one_time_code_purpose_check;
alter table portal.one_time_code
  add constraint one_time_code_purpose_check
    check (purpose in ('REGISTER', 'SIGN_IN', 'RESET_PASSWORD'));

-- When the password was last set by a reset (null: never since registration).
alter table portal.citizen_account add column password_changed_at timestamptz;

-- The citizen's consent to the privacy notice (个人信息保护法 arts. 14, 17) and, separately, to the
-- processing of sensitive personal information (art. 29), with the version of the notice agreed to.
-- A withdrawal (art. 15) keeps the row (what was agreed, and until when) and ends the optional
-- processing: optional_processing on the account is what the sending code reads. Accounts from
-- before the notice have no row and keep their text messages until they decide on the 我的 page.
create table portal.privacy_consent
(
  id             bigint generated always as identity primary key,
  account_id     bigint      not null references portal.citizen_account (id) on delete cascade,
  notice_version text        not null,
  sensitive      boolean     not null,
  consented_at   timestamptz not null default now(),
  withdrawn_at   timestamptz
);
create index privacy_consent_by_account on portal.privacy_consent (account_id, id desc);
create unique index privacy_consent_one_current on portal.privacy_consent (account_id)
  where withdrawn_at is null;

alter table portal.citizen_account
  add column optional_processing boolean not null default true;
