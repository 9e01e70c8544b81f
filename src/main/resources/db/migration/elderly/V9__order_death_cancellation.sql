-- 身后一件事 and its withdrawal (issue 17): which home-service orders a death cancelled, so that a
-- death recorded in error and withdrawn reopens those and only those. CANCELLED: cancelled because
-- of the death; REOPENED: ordered again for its day after the withdrawal; REBOOK_ASKED: its day had
-- come or passed (or the provider or the elder's service had ended), so the family was asked to
-- order again. A second delivery of the withdrawal finds no CANCELLED row left.
alter table elderly.home_service_order
  add column death_cancellation text check (death_cancellation in ('CANCELLED', 'REOPENED', 'REBOOK_ASKED'));
