-- A roster run writes up to a million lines in one statement. The foreign key roster_line ->
-- roster checked each line on its own (a lookup and a row lock per line: about 40 % of the run in
-- the benchmark). The lines' roster is now checked once per statement, together with the
-- immutability rule, by the statement-level trigger that already looks at every new line; a roster
-- cannot be deleted while lines point at it (checked once per delete statement). Both run under
-- the programme-month lock that every roster run and every replacement of a month takes.
alter table payments.roster_line drop constraint roster_line_roster_id_fkey;

create or replace function payments.refuse_line_change_after_approval() returns trigger
  language plpgsql as
$$
declare
  locked bigint;
  orphan bigint;
begin
  if tg_op in ('INSERT', 'UPDATE') then
    select r.id into locked from changed_new c join payments.roster r on r.id = c.roster_id
     where r.state <> 'DRAFT' limit 1;
    select c.roster_id into orphan from changed_new c
     where not exists (select 1 from payments.roster r where r.id = c.roster_id) limit 1;
    if orphan is not null then
      raise exception 'roster % does not exist', orphan using errcode = '23503';
    end if;
  end if;
  if locked is null and tg_op in ('UPDATE', 'DELETE') then
    select r.id into locked from changed_old c join payments.roster r on r.id = c.roster_id
     where r.state <> 'DRAFT' limit 1;
  end if;
  if locked is not null then
    raise exception 'roster % is approved and immutable', locked using errcode = 'P0001';
  end if;
  return null;
end;
$$;

create function payments.refuse_roster_delete_with_lines() returns trigger
  language plpgsql as
$$
declare
  referenced bigint;
begin
  select d.id into referenced from deleted_rosters d
   where exists (select 1 from payments.roster_line l where l.roster_id = d.id) limit 1;
  if referenced is not null then
    raise exception 'roster % still has lines', referenced using errcode = '23503';
  end if;
  return null;
end;
$$;
create trigger roster_delete_without_lines
  after delete on payments.roster referencing old table as deleted_rosters
  for each statement execute function payments.refuse_roster_delete_with_lines();
