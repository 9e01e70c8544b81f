-- The second signature of a home visit is given by the second staff member in their own session
-- (会签), so the visit waits for it.
alter table assistance.home_visit alter column second_staff_id drop not null;
alter table assistance.home_visit alter column second_staff drop not null;
alter table assistance.home_visit add column countersigned_at timestamptz;
