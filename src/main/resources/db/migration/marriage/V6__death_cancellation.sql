-- 身后一件事 and its withdrawal (issue 17): which appointments a death cancelled, so that a death
-- recorded in error and withdrawn gives back those and only those — never one the citizen or the
-- office cancelled for another reason. CANCELLED: cancelled because of the death; RESTORED: booked
-- again on its slot after the withdrawal; REBOOK_ASKED: the slot was gone (past, full, closed) or a
-- party had booked again, so the parties were asked to book again. A second delivery of the
-- withdrawal finds no CANCELLED row left.
alter table marriage.appointment
  add column death_cancellation text check (death_cancellation in ('CANCELLED', 'RESTORED', 'REBOOK_ASKED'));
create index appointment_death_cancelled on marriage.appointment (id) where death_cancellation = 'CANCELLED';
