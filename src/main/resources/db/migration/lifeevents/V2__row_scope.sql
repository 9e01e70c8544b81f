-- Row-level security on the after-death checklists (platform V7 explains the mechanism): a
-- checklist is scoped by the deceased's region. Only the family reads it, in the portal (a citizen
-- binds no scope), and listeners write it (no request); a staff request sees the checklists of its
-- own subtree alone. Left open, deliberately (docs/security.md): the trail and the checklist steps,
-- which carry no region of their own and are reached through the person.

alter table lifeevents.after_death enable row level security;
create policy after_death_in_scope on lifeevents.after_death to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));
