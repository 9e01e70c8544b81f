-- A month's first run inserts up to a million entitlements in one statement; the foreign key
-- entitlement -> programme checked (and key-share locked) the programme row once per entitlement.
-- The programme of new entitlements is now checked once per statement, over the statement's new
-- rows; no statement ever changes an entitlement's programme (a row trigger refuses it), and a
-- programme is never deleted (the code table only grows; revoked from the application).
alter table payments.entitlement drop constraint entitlement_programme_fkey;

create function payments.refuse_unknown_programme() returns trigger
  language plpgsql as
$$
declare
  unknown text;
begin
  select n.programme into unknown from new_entitlements n
   where not exists (select 1 from payments.programme p where p.code = n.programme) limit 1;
  if unknown is not null then
    raise exception 'programme % does not exist', unknown using errcode = '23503';
  end if;
  return null;
end;
$$;

create trigger entitlement_programme_known
  after insert on payments.entitlement referencing new table as new_entitlements
  for each statement execute function payments.refuse_unknown_programme();

create function payments.refuse_programme_change() returns trigger
  language plpgsql as
$$
begin
  if new.programme is distinct from old.programme then
    raise exception 'the programme of an entitlement never changes' using errcode = '23503';
  end if;
  return new;
end;
$$;

create trigger entitlement_programme_fixed
  before update of programme on payments.entitlement
  for each row execute function payments.refuse_programme_change();

revoke delete, truncate on payments.programme from ${app_role};
