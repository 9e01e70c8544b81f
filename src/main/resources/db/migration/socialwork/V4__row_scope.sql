-- Row-level security on social work's service records (platform V7 explains the mechanism): a
-- record of a service to a resident is scoped by its station's region (one station per region, so
-- a station's lists and monthly counts see every record of the station). Left open
-- (docs/security.md): the agencies and stations (public), the register of certified social workers
-- (a worker registered in one district is posted to stations and employed by agencies of others,
-- whose staffing lists show them; no resident's data), the topics of 局长走流程 (a region's
-- governance of a service, no person's data) and the open days (public announcements; the
-- registrations, which carry persons, are reached only through their open day).

alter table socialwork.service_record enable row level security;
create policy service_record_in_scope on socialwork.service_record to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));
