-- Row-level security on the organisations' registration applications, annual reports and zombie
-- candidates (platform V7 explains the mechanism), each scoped by the organisation's region (the
-- registration authority's). Left open (docs/security.md): the register itself, the credit lists
-- and the charity trusts and projects, which the law makes public (《社会组织信用信息管理办法》,
-- 《慈善法》第八章 信息公开), and the special-fund applications and grants, which a city-wide call
-- ranks and budgets across every district. The pending applications move with an organisation to
-- its new region, and a report filed before a move still counts, across regions (Organisations,
-- Eligibility).

alter table organisations.application enable row level security;
create policy application_in_scope on organisations.application to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table organisations.annual_report enable row level security;
create policy annual_report_in_scope on organisations.annual_report to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

alter table organisations.zombie_candidate enable row level security;
create policy zombie_candidate_in_scope on organisations.zombie_candidate to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));
