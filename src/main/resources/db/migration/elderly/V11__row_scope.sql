-- Row-level security on the elderly allowance, home services, modifications and relief grants
-- (platform V7 explains the mechanism): an allowance recipient, its existence checks, suspensions,
-- payments and death recoveries, a home-service recipient with its orders and records, and an
-- ageing-friendly modification case are scoped by the person's residence region; a relief grant
-- to an institution by the institution's region. The month run of the allowance rebuilds the
-- whole city's month and runs across regions (MonthlyAllowanceRun); listeners and jobs have no
-- request and bind nothing. Left open (docs/security.md): facilities, places, institutions and
-- providers (public, no person's data) and the run's scratch rows.

alter table elderly.allowance_recipient enable row level security;
create policy allowance_recipient_in_scope on elderly.allowance_recipient to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table elderly.existence_verification enable row level security;
create policy existence_verification_in_scope on elderly.existence_verification to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table elderly.allowance_suspension enable row level security;
create policy allowance_suspension_in_scope on elderly.allowance_suspension to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table elderly.allowance_payment enable row level security;
create policy allowance_payment_in_scope on elderly.allowance_payment to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table elderly.allowance_death_recovery enable row level security;
create policy allowance_death_recovery_in_scope on elderly.allowance_death_recovery to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table elderly.home_service_recipient enable row level security;
create policy home_service_recipient_in_scope on elderly.home_service_recipient to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table elderly.home_service_order enable row level security;
create policy home_service_order_in_scope on elderly.home_service_order to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table elderly.home_service_record enable row level security;
create policy home_service_record_in_scope on elderly.home_service_record to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table elderly.modification_case enable row level security;
create policy modification_case_in_scope on elderly.modification_case to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table elderly.institution_relief_grant enable row level security;
create policy institution_relief_grant_in_scope on elderly.institution_relief_grant to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));
