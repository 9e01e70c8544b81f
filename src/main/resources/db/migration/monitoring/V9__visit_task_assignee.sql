-- 巡访关爱: who is to make the visit. A street or district office hands open tasks to a community
-- or street worker (a staff account's username), many at once; the list shows and filters by it.
alter table monitoring.visit_task
  add column assignee    text,
  add column assigned_at timestamptz,
  add column assigned_by text,
  add check ((assignee is null) = (assigned_at is null));
create index visit_task_assignee on monitoring.visit_task (assignee) where state = 'OPEN';
