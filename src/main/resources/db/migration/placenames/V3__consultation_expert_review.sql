-- 公众意见征询 and 专家评审 of the significant categories (地名管理条例 art. 14): the consultation
-- closes on a working day computed by the city's working calendar at submission; comments are
-- lodged by anyone through the public page up to and including that day. Experts' scores and
-- opinions are recorded by staff; approval needs both the consultation closed and the reviews.
alter table placenames.application
  add column consultation_closes_on date,
  add column refusal_reason         text;

create table placenames.consultation_comment
(
  id             bigint generated always as identity primary key,
  application_id bigint      not null references placenames.application (id),
  lodged_on      date        not null,
  content        text        not null check (length(content) between 1 and 2000),
  contact        text        not null default '',
  lodged_at      timestamptz not null default now()
);
create index consultation_comment_by_application on placenames.consultation_comment (application_id);

create table placenames.expert_review
(
  id             bigint generated always as identity primary key,
  application_id bigint      not null references placenames.application (id),
  expert         text        not null,
  score          integer     not null check (score between 0 and 100),
  opinion        text        not null,
  recorded_by    text        not null,
  recorded_at    timestamptz not null default now(),
  unique (application_id, expert)
);
