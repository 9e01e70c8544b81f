-- Row-level security on the payments engine's entitlements, adjustments and roster lines (platform
-- V7 explains the mechanism), each scoped by the person's residence region when the programme
-- computed it. A programme month is the whole city's set: the facade that replaces it or adds an
-- adjustment runs across regions (JdbcEntitlements), as do a district's roster run (its lines
-- compare with the month before, wherever the person lived then: RosterDrafting) and the count of
-- payees dropped since last month (not dropped when paid in another district: RosterExceptions).
-- The rosters themselves (by district), the programme code table, accounts, return files and the
-- published views (their owner's rights) are not row-scoped.

alter table payments.entitlement enable row level security;
create policy entitlement_in_scope on payments.entitlement to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table payments.adjustment enable row level security;
create policy adjustment_in_scope on payments.adjustment to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table payments.roster_line enable row level security;
create policy roster_line_in_scope on payments.roster_line to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

-- The integrity triggers must see every line whatever the caller's scope: a roster is not deleted
-- while any line points at it, and a re-issue points at an existing line. They run with their
-- owner's rights (not row-scoped); they read only the payments tables they name.
alter function payments.refuse_line_change_after_approval() security definer;
alter function payments.refuse_line_change_after_approval() set search_path = pg_catalog, payments;
alter function payments.refuse_roster_delete_with_lines() security definer;
alter function payments.refuse_roster_delete_with_lines() set search_path = pg_catalog, payments;
