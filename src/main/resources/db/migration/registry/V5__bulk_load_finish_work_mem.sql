-- Re-creates bulk_load_finish (V2) with more memory for the foreign-key validations: each is one
-- anti-join over the whole table (21 million persons, 50 million rows in all at city scale), and
-- with the default work_mem its hash spilled to disk in batches (22 s of the city's load; 16 s with
-- 1 GB). Applied migrations are never edited, hence the new version.
create or replace function registry.bulk_load_finish() returns integer
  language plpgsql security definer set search_path = pg_catalog, registry as
$$
declare
  item record;
  restored integer := 0;
begin
  set local maintenance_work_mem = '1GB';
  set local work_mem = '1GB';
  -- Indexes and unique keys first, foreign keys last (they need the referenced keys).
  for item in
    select * from registry.bulk_load_deferred
     order by (kind = 'CONSTRAINT' and definition like 'FOREIGN KEY%'), ordinal desc
  loop
    if item.kind = 'INDEX' then
      execute item.definition;
    else
      execute format('alter table %s add constraint %I %s', item.table_name, item.name,
                     item.definition);
    end if;
    restored := restored + 1;
  end loop;
  delete from registry.bulk_load_deferred;
  return restored;
end
$$;
