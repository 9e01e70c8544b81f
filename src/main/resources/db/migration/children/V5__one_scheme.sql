-- 特困供养 coverage of persons, as the assistance module announces it (AssistanceGranted /
-- AssistanceEnded of type TEKUN): a child qualifying as orphan and as 特困 receives one scheme only
-- (国办发〔2010〕54号; domain-rules §4.3). from_month and last_month are first days of months; last_month
-- null while the coverage runs.
create table children.tekun_coverage
(
  person_id  bigint not null,
  case_id    bigint not null,
  from_month date   not null check (extract(day from from_month) = 1),
  last_month date check (last_month is null or extract(day from last_month) = 1),
  primary key (person_id, case_id)
);
