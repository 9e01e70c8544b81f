-- 生存认证 by face (the city's real-name authentication service, portal FaceVerification): each
-- verification started from the portal, bound to the account that started it and the elder it is
-- for, so that only that citizen's return from the provider records the check, and only once.
-- No image and no ID number: the provider keeps those; the outcome and its reason stay here.
create table elderly.face_verification
(
  id              bigint generated always as identity primary key,
  verification_id text        not null unique,
  account_id      bigint      not null,
  person_id       bigint      not null,
  started_at      timestamptz not null default now(),
  expires_at      timestamptz not null,
  outcome         text check (outcome in ('PASSED', 'FAILED', 'EXPIRED')),
  reason          text,
  finished_at     timestamptz
);
create index face_verification_by_account on elderly.face_verification (account_id, started_at desc);
