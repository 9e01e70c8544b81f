-- Loading millions of persons into an EMPTY registry (first start of a city, the demo, the
-- benchmark): PostgreSQL builds an index or checks a foreign key once over the whole table far
-- faster than row by row (a trigram GIN index most of all). These two functions, run by the
-- application role inside the loading transaction, set the secondary indexes, unique and foreign
-- key constraints of the three bulk tables aside and put them back afterwards from their own
-- catalogue definitions (so they never drift from V1). A failed load rolls everything back,
-- constraints included; a duplicate ID number makes the re-created unique index fail, and with it
-- the whole load. Into a registry that holds persons, nothing is set aside.
create table registry.bulk_load_deferred
(
  ordinal    integer generated always as identity primary key,
  table_name text not null,
  kind       text not null check (kind in ('INDEX', 'CONSTRAINT')),
  name       text not null,
  definition text not null
);

create function registry.bulk_load_prepare() returns integer
  language plpgsql security definer set search_path = pg_catalog, registry as
$$
declare
  item record;
  deferred integer := 0;
begin
  if exists (select 1 from registry.bulk_load_deferred) then
    raise exception 'a bulk load is already under way';
  end if;
  if exists (select 1 from registry.person) then
    return 0; -- a registry in use keeps every index and key: rows are checked one by one
  end if;
  for item in
    select c.conrelid::regclass::text as tbl, c.conname, pg_get_constraintdef(c.oid) as def
      from pg_constraint c
     where c.conrelid in ('registry.person'::regclass, 'registry.household'::regclass,
                          'registry.household_member'::regclass)
       and c.contype in ('u', 'f')
     order by c.contype -- foreign keys ('f') before unique keys ('u'): they may depend on one
  loop
    insert into registry.bulk_load_deferred (table_name, kind, name, definition)
    values (item.tbl, 'CONSTRAINT', item.conname, item.def);
    execute format('alter table %s drop constraint %I', item.tbl, item.conname);
    deferred := deferred + 1;
  end loop;
  for item in
    select i.indrelid::regclass::text as tbl, x.relname, pg_get_indexdef(i.indexrelid) as def
      from pg_index i join pg_class x on x.oid = i.indexrelid
     where i.indrelid in ('registry.person'::regclass, 'registry.household'::regclass,
                          'registry.household_member'::regclass)
       and not i.indisprimary
       and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
  loop
    insert into registry.bulk_load_deferred (table_name, kind, name, definition)
    values (item.tbl, 'INDEX', item.relname, item.def);
    execute format('drop index registry.%I', item.relname);
    deferred := deferred + 1;
  end loop;
  return deferred;
end
$$;

create function registry.bulk_load_finish() returns integer
  language plpgsql security definer set search_path = pg_catalog, registry as
$$
declare
  item record;
  restored integer := 0;
begin
  set local maintenance_work_mem = '1GB';
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

revoke all on function registry.bulk_load_prepare() from public;
revoke all on function registry.bulk_load_finish() from public;
grant execute on function registry.bulk_load_prepare() to ${app_role};
grant execute on function registry.bulk_load_finish() to ${app_role};
