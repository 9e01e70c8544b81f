-- Row-level security on the funeral subsidy cases (platform V7 explains the mechanism): a case and
-- its payment are scoped by the deceased's residence region, an unidentified body by the region of
-- the funeral home that received it. Left open, deliberately (docs/security.md): the facilities,
-- their services and prices and the relief rules (public reference data), the memorial halls, and
-- the service records and their batches (a funeral home's delivery, checked by its facility).

alter table funeral.subsidy_case enable row level security;
create policy subsidy_case_in_scope on funeral.subsidy_case to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table funeral.subsidy_payment enable row level security;
create policy subsidy_payment_in_scope on funeral.subsidy_payment to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table funeral.unidentified_body enable row level security;
create policy unidentified_body_in_scope on funeral.unidentified_body to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));
