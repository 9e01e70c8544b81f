-- A paid subsidy whose death was withdrawn must be recovered from the family (a one-off payment: no
-- later payment to set it off against). Until the recovery is recorded the case is a 待办 item of
-- the district bureau; the recording says when, how and who.
alter table funeral.subsidy_case add column recovered_on date;
alter table funeral.subsidy_case add column recovery_note text;
alter table funeral.subsidy_case add column recovered_by text;
alter table funeral.subsidy_case
  add constraint subsidy_case_recovered_when_due check (recovered_on is null
                                                        or (recovery_due and recovery_note is not null
                                                            and recovered_by is not null));
create index subsidy_case_recovery_open on funeral.subsidy_case (region_code)
  where recovery_due and recovered_on is null;
