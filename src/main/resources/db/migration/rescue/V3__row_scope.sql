-- Row-level security on the rescue stations' intakes (platform V7 explains the mechanism): an
-- intake carries its station's region. Left open, deliberately (docs/security.md): the stations
-- (public facilities) and the temporary records, their photos and numbers (keyed by station; the
-- Java layer checks the station before every read). The module's deliberate city-wide look-ups
-- (a person already staying at another station, every stay of one person, an identity applied to
-- every linked record) run across regions in Java.

alter table rescue.intake enable row level security;
create policy intake_in_scope on rescue.intake to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));
