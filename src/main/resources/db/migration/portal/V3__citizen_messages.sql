-- 站内消息: messages of any module to a citizen, addressed to the registry person (the account is
-- linked to one person, and a person without an account yet finds them after registering).
-- once_key makes a send idempotent (e.g. one reminder per appointment and day), enforced here.
create table portal.citizen_message
(
  id         bigint generated always as identity primary key,
  person_id  bigint      not null,
  subject    text        not null check (btrim(subject) <> '' and length(subject) <= 100),
  body       text        not null check (length(body) <= 2000),
  link       text check (link ~ '^/[^/\\]'),
  once_key   text,
  created_at timestamptz not null default now(),
  read_at    timestamptz
);
create index citizen_message_inbox on portal.citizen_message (person_id, id desc);
create index citizen_message_unread on portal.citizen_message (person_id) where read_at is null;
create unique index citizen_message_once on portal.citizen_message (once_key) where once_key is not null;
