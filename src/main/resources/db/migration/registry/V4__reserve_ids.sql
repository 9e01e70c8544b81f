-- A bulk load numbers its persons and households itself inside one block of ids per sequence.
-- Taking the block with one nextval per id cost seconds per million (minutes for the city); the
-- application role may use the sequences but not set them, so this function, run as the owner,
-- moves a registry sequence past the block in one step. It locks persons and households against
-- inserts until the loading transaction ends, so that no other session takes an id inside the block.
create function registry.reserve_ids(sequence_name regclass, how_many bigint) returns bigint
  language plpgsql security definer set search_path = pg_catalog, registry as
$$
declare
  first bigint;
begin
  if sequence_name not in (pg_get_serial_sequence('registry.person', 'id')::regclass,
                           pg_get_serial_sequence('registry.household', 'id')::regclass,
                           'registry.household_number_seq'::regclass) then
    raise exception 'not a registry sequence: %', sequence_name;
  end if;
  if how_many < 1 then
    raise exception 'how_many must be positive, was %', how_many;
  end if;
  lock table registry.person, registry.household in share row exclusive mode;
  first := nextval(sequence_name);
  perform setval(sequence_name, first + how_many - 1);
  return first;
end
$$;

revoke all on function registry.reserve_ids(regclass, bigint) from public;
grant execute on function registry.reserve_ids(regclass, bigint) to ${app_role};
