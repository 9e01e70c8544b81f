-- Row-level security on monitoring (platform V7 explains the mechanism): a fact, a register entry,
-- a visit task and a visit are scoped by the person's residence region when the row was written; a
-- verification and a dispute by the household's region. A warning is scoped by region_code (the
-- person's), not by assignee_region_code: the assignee is the person's community, street or
-- district (escalation only moves it up that line), so every caller the warning is assigned to
-- has the person's region in its subtree, and the Java layer lists warnings by the same column.
-- Facts a verification or a warning uses are read across regions (HouseholdFacts,
-- VerificationReports, WarningEvidence): a member who moved brings facts of the former region.
-- Feeds, rules and evaluation are the city's (unrestricted) or a job's (no request).

alter table monitoring.fact enable row level security;
create policy fact_in_scope on monitoring.fact to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table monitoring.register_entry enable row level security;
create policy register_entry_in_scope on monitoring.register_entry to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table monitoring.warning enable row level security;
create policy warning_in_scope on monitoring.warning to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table monitoring.visit_task enable row level security;
create policy visit_task_in_scope on monitoring.visit_task to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table monitoring.visit enable row level security;
create policy visit_in_scope on monitoring.visit to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table monitoring.verification enable row level security;
create policy verification_in_scope on monitoring.verification to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table monitoring.dispute enable row level security;
create policy dispute_in_scope on monitoring.dispute to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));
