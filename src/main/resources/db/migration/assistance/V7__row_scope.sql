-- Row-level security on cases (platform V7 explains the mechanism): a case is scoped by its
-- household's region, as the case pages are.
alter table assistance.assistance_case enable row level security;
create policy case_in_scope on assistance.assistance_case to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));
