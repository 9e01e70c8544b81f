-- 无名遗体: a body the police hand over with their notice (无名尸体处理通知书) number, stored at a funeral
-- home while a public notice (认尸启事) runs; identified (the death is then recorded in the registry)
-- or, when the notice ended unclaimed, cremated with the ashes kept. notice_until: the last day of
-- the notice, fixed at intake with the period then configured (a later change does not move it).
create table funeral.unidentified_body
(
  id                   bigint generated always as identity primary key,
  police_notice_no     text        not null unique,
  police_unit          text        not null,
  found_on             date        not null,
  found_place          text        not null,
  description          text        not null,
  facility_id          bigint      not null references funeral.facility (id),
  region_code          text        not null check (region_code ~ '^[0-9]{12}$'),
  received_on          date        not null check (received_on >= found_on),
  notice_days          integer     not null check (notice_days between 1 and 365),
  notice_until         date        not null check (notice_until = received_on + notice_days - 1),
  state                text        not null default 'NOTICE'
    check (state in ('NOTICE', 'IDENTIFIED', 'DISPOSED')),
  identified_person_id bigint,
  identified_on        date,
  identified_by        text,
  disposed_on          date check (disposed_on > notice_until),
  ashes_kept_until     date,
  disposed_by          text,
  created_at           timestamptz not null default now(),
  created_by           text        not null,
  constraint unidentified_identified check ((state = 'IDENTIFIED') = (identified_person_id is not null)),
  constraint unidentified_disposed check ((disposed_on is null) or state in ('DISPOSED', 'IDENTIFIED'))
);
create index unidentified_body_region on funeral.unidentified_body (region_code, state);
