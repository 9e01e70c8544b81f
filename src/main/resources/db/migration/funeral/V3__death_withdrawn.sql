-- A death recorded in error and withdrawn (§8): the subsidy case it opened is withdrawn with the
-- reason, unless the subsidy was already paid; then the case stays approved and is flagged for
-- recovery of the payment. A later (real) death of the same person reopens the withdrawn case.
alter table funeral.subsidy_case drop constraint subsidy_case_state_check;
alter table funeral.subsidy_case
  add constraint subsidy_case_state_check check (state in ('OPEN', 'APPLIED', 'PROPOSED', 'APPROVED',
                                                           'WITHDRAWN'));
alter table funeral.subsidy_case drop constraint subsidy_case_applied;
alter table funeral.subsidy_case
  add constraint subsidy_case_applied check (state in ('OPEN', 'WITHDRAWN')
                                             or applicant_person_id is not null);
alter table funeral.subsidy_case add column withdrawn_reason text;
alter table funeral.subsidy_case add column withdrawn_at timestamptz;
alter table funeral.subsidy_case add column recovery_due boolean not null default false;
alter table funeral.subsidy_case
  add constraint subsidy_case_withdrawn_has_reason check (state <> 'WITHDRAWN'
                                                          or withdrawn_reason is not null);
