-- Ending an enrolment: the day, one of the reasons of the rehabilitation service (goal met, referred
-- to a hospital, moved, consent withdrawn, death, other with a note) and who ended it. An ended
-- enrolment takes no more service records; the person can be enrolled again.
alter table disability.rehab_enrolment add column end_reason text
  check (end_reason in ('GOAL_MET', 'REFERRED', 'MOVED', 'CONSENT_WITHDRAWN', 'DIED', 'OTHER'));
alter table disability.rehab_enrolment add column end_note text;
alter table disability.rehab_enrolment add column ended_by text;
alter table disability.rehab_enrolment
  add constraint rehab_end_has_reason check ((ended_on is null) = (end_reason is null)
                                             and (end_reason is distinct from 'OTHER' or end_note is not null)
                                             and (ended_on is null or ended_on >= enrolled_on));
