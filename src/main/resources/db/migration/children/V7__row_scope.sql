-- Row-level security on the children's case tables (platform V7 explains the mechanism): the
-- application role sees and writes only rows whose region is among the bound scope's codes. Every
-- table keyed by the child's community (allowance cases, their monthly payments and the payments a
-- death recovered, the proactive list, protection cases) and the screened pupils (by their
-- school's region). Left open, deliberately (docs/security.md): the protection network's units and
-- the schools (the organisation of the programme, no child's data), and the tables without a region
-- of their own that hang off a case (events, parents' situations, referrals, follow-ups, visits):
-- the Java layer reaches them only through their case.

alter table children.allowance_case enable row level security;
create policy allowance_case_in_scope on children.allowance_case to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table children.allowance_payment enable row level security;
create policy allowance_payment_in_scope on children.allowance_payment to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table children.allowance_death_recovery enable row level security;
create policy allowance_death_recovery_in_scope on children.allowance_death_recovery to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table children.candidate enable row level security;
create policy candidate_in_scope on children.candidate to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table children.protection_case enable row level security;
create policy protection_case_in_scope on children.protection_case to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table children.screening_pupil enable row level security;
create policy screening_pupil_in_scope on children.screening_pupil to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));
