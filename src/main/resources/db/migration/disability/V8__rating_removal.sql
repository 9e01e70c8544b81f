-- A disability removed from the registry or a certificate cancelled (DisabilityRemoved) is kept in
-- the rating history as a row without category and grade, dated with the day the removal takes
-- effect: like a re-rating, it is in force from the month after that day, and a later rating
-- (a new certificate) supersedes it. removed_reason is what the person reads.
alter table disability.rating
  alter column category drop not null,
  alter column grade drop not null,
  add column removed_reason text,
  add constraint rating_or_removal check (
    case when removed_reason is null then category is not null and grade is not null
         else category is null and grade is null and certificate_date is not null end);
