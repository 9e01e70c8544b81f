-- 网上申请 in steps (issue 24): what a citizen has typed and uploaded so far, kept until the one
-- submit files the case (and its attachments) in one transaction and removes the draft. One draft
-- per citizen: starting again replaces it.
create table assistance.online_draft
(
  id         bigint generated always as identity primary key,
  person_id  bigint      not null unique,
  account_id bigint      not null,
  type       text        not null check (type in ('DIBAO', 'TEKUN', 'LINSHI')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- The answers as typed, one row per field ("income_123", "category", ...): an empty field is not
-- answered, so no income is ever assumed to be 0.
create table assistance.online_draft_answer
(
  draft_id bigint not null references assistance.online_draft (id) on delete cascade,
  name     text   not null,
  value    text   not null,
  primary key (draft_id, name)
);

-- Uploaded materials; the same content twice in one application is stored once (sha256).
create table assistance.online_draft_file
(
  id           bigint generated always as identity primary key,
  draft_id     bigint      not null references assistance.online_draft (id) on delete cascade,
  material     text        not null,
  file_name    text        not null,
  content_type text        not null,
  size_bytes   integer     not null,
  sha256       bytea       not null,
  content      bytea       not null,
  uploaded_at  timestamptz not null default now(),
  constraint online_draft_file_once unique (draft_id, sha256)
);

-- Which of the required materials (一次告知) an attachment is; null for the staff's uploads.
alter table assistance.attachment add column material text;
