-- Who filed the case (maker of a 临时救助 amount that the township approves directly), and the
-- democratic appraisal (民主评议) result of an objection.
alter table assistance.assistance_case add column filed_by_id bigint;
alter table assistance.objection add column route text check (route in ('REINVESTIGATE', 'APPRAISAL'));
