-- Row-level security on persons and households (platform V7 explains the mechanism): the
-- application role sees and writes only rows inside the bound scope. A person is scoped by the
-- residence region (居住地), as PersonDirectory documents; a household by its region.
alter table registry.person enable row level security;
create policy person_in_scope on registry.person to ${app_role}
  using (platform.scope_unrestricted() or residence_region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted()
              or residence_region_code in (select platform.scope_codes()));

alter table registry.household enable row level security;
create policy household_in_scope on registry.household to ${app_role}
  using (platform.scope_unrestricted() or region_code in (select platform.scope_codes()))
  with check (platform.scope_unrestricted() or region_code in (select platform.scope_codes()));

-- PostgreSQL refuses COPY FROM into a table whose row security applies to the caller. The bulk
-- load into the empty registry (V2) runs in one transaction and under an exclusive lock anyway:
-- prepare turns row security off for that transaction's tables, finish turns it on again, and a
-- failed load rolls the switch back with everything else.
create or replace function registry.bulk_load_row_security(enabled boolean) returns void
  language plpgsql security definer set search_path = pg_catalog, registry as
$$
begin
  if enabled then
    alter table registry.person enable row level security;
    alter table registry.household enable row level security;
  else
    alter table registry.person disable row level security;
    alter table registry.household disable row level security;
  end if;
end
$$;
revoke all on function registry.bulk_load_row_security(boolean) from public;
grant execute on function registry.bulk_load_row_security(boolean) to ${app_role};
