-- Row-level security on the disability subsidies and rehabilitation (platform V7 explains the
-- mechanism): a recipient, its eligible months, corrections and changes, and a rehabilitation
-- enrolment with its services are scoped by the person's residence region. Left open,
-- deliberately (docs/security.md): ratings, amounts and the device catalogue (reference data), the
-- service points and rehabilitation stations (public facilities), and the device rentals, which
-- staff reach by the service point's region rather than the person's (the Java layer checks it).

alter table disability.recipient enable row level security;
create policy recipient_in_scope on disability.recipient to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table disability.eligible_month enable row level security;
create policy eligible_month_in_scope on disability.eligible_month to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table disability.correction enable row level security;
create policy correction_in_scope on disability.correction to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table disability.subsidy_change enable row level security;
create policy subsidy_change_in_scope on disability.subsidy_change to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table disability.rehab_enrolment enable row level security;
create policy rehab_enrolment_in_scope on disability.rehab_enrolment to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table disability.rehab_service enable row level security;
create policy rehab_service_in_scope on disability.rehab_service to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));
