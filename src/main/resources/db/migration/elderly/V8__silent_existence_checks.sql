-- 静默认证: a recent trace of life in the departmental feeds (monitoring.life_trace_fact) counts as
-- the existence check. Which types count and how old a trace may be are configuration
-- [unconfirmed]: the bureau decides; these are placeholders.
create table elderly.silent_trace_setting
(
  trace_type   text primary key,
  label        text    not null,
  max_age_days integer not null check (max_age_days between 1 and 366),
  enabled      boolean not null default true
);
insert into elderly.silent_trace_setting (trace_type, label, max_age_days)
values ('MEDICAL_SETTLEMENT', '医保结算记录', 90),
       ('PENSION_COLLECTION', '养老金领取记录', 62),
       ('HOSPITAL_VISIT', '就诊记录', 90),
       ('TRANSPORT_CARD', '公交卡使用记录', 31),
       ('BANK_ACTIVITY', '银行账户活动', 31);

-- The evidence of a silent check: the trace's type and date.
alter table elderly.existence_verification drop constraint existence_verification_method_check;
alter table elderly.existence_verification
  add constraint existence_verification_method_check
    check (method in ('SELF', 'FAMILY', 'VISIT', 'SILENT'));
alter table elderly.existence_verification add column trace_type text;
alter table elderly.existence_verification add column trace_date date;
alter table elderly.existence_verification
  add constraint existence_verification_silent_has_evidence
    check ((method = 'SILENT') = (trace_type is not null and trace_date is not null));
