-- 婚育一件事: the follow-up checklist bundled with a marriage registration, one row per item.
create table marriage.followup_item
(
  registration_id bigint      not null references marriage.registration,
  item            text        not null,
  status          text        not null default 'TODO' check (status in ('TODO', 'DONE', 'NOT_NEEDED')),
  changed_at      timestamptz not null default now(),
  primary key (registration_id, item)
);
create index registration_person1 on marriage.registration (person1_id);
create index registration_person2 on marriage.registration (person2_id);
