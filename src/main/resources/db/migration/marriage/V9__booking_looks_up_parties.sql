-- Issue 23: a booking in one round trip. marriage.book now also looks the two parties up in the
-- registry's published view (registry V8 publishes the marital status): the online booker's own
-- number, and for a marriage neither party recorded as married, refused in the order the form
-- reads them and before the slot's rules, as when BookingService checked them after its own
-- look-up. The parties' person ids come from the same look-up. The parameters change (the own
-- person replaces the two looked-up person ids), so the V8 function is dropped and created anew.
drop function marriage.book(bigint, text, text, bigint, date,
                            bytea, bytea, text, text, bigint, date,
                            bytea, bytea, text, text, bigint, date,
                            date, integer, integer, integer, text, text, text, text, text);

create function marriage.book(
  p_slot bigint, p_type text, p_code text, p_account bigint, p_today date,
  p_own_person bigint,
  p_first_idx bytea, p_first_enc bytea, p_first_masked text, p_first_sex text,
  p_first_of_age date,
  p_second_idx bytea, p_second_enc bytea, p_second_masked text, p_second_sex text,
  p_second_of_age date,
  p_no_show_since date, p_no_show_threshold integer, p_no_show_window integer,
  p_no_show_block integer,
  p_actor text, p_actor_kind text, p_actor_roles text, p_actor_region text, p_remote text)
  returns table
          (
            refusal            text,
            booked_id          bigint,
            booked_office      bigint,
            booked_office_name text,
            booked_region_code text,
            booked_day         date,
            booked_start       time,
            booked_end         time
          )
  language plpgsql
as
$$
declare
  s             record;
  first_person  bigint;
  first_status  text;
  second_person bigint;
  second_status text;
  slot_found    boolean;
begin
  -- the parties in the registry's published view (unknown persons, 全市通办, stay null)
  select p.id, p.marital_status into first_person, first_status
    from registry.person_fact p
   where p.id_number_idx = p_first_idx;
  select p.id, p.marital_status into second_person, second_status
    from registry.person_fact p
   where p.id_number_idx = p_second_idx;
  select f.owner_key, f.day, f.start_time, f.end_time, f.capacity, f.booked, f.closed
    into s
    from booking.slot_fact f
   where f.id = p_slot and f.owner = 'marriage.office';
  slot_found := found;
  if p_own_person is not null and first_person is distinct from p_own_person then
    refusal := 'OWN_MISMATCH';
  elsif p_type = 'MARRIAGE' and first_status = 'MARRIED' then
    refusal := 'FIRST_MARRIED';
  elsif p_type = 'MARRIAGE' and second_status = 'MARRIED' then
    refusal := 'SECOND_MARRIED';
  elsif not slot_found then
    refusal := 'SLOT_MISSING';
  elsif s.day <= p_today then
    refusal := 'SLOT_PAST';
  elsif s.closed or s.booked >= s.capacity then
    -- seen full without a lock: refused before any work; a seat seen free is still taken below
    refusal := 'FULL';
  elsif s.day < p_first_of_age then
    refusal := 'FIRST_UNDERAGE';
  elsif s.day < p_second_of_age then
    refusal := 'SECOND_UNDERAGE';
  elsif p_account is not null
    and (marriage.no_show_blocks(array(select p.slot_day
                                         from marriage.appointment_party p
                                        where p.id_idx = p_first_idx and p.status = 'NO_SHOW'
                                          and p.slot_day >= p_no_show_since),
                                 p_today, p_no_show_threshold, p_no_show_window, p_no_show_block)
      or marriage.no_show_blocks(array(select p.slot_day
                                         from marriage.appointment_party p
                                        where p.id_idx = p_second_idx and p.status = 'NO_SHOW'
                                          and p.slot_day >= p_no_show_since),
                                 p_today, p_no_show_threshold, p_no_show_window, p_no_show_block))
  then
    refusal := 'BLOCKED';
  elsif exists (select 1 from marriage.appointment_party p where p.id_idx = p_first_idx and p.active)
  then
    refusal := 'FIRST_ACTIVE';
  elsif exists (select 1 from marriage.appointment_party p where p.id_idx = p_second_idx and p.active)
  then
    refusal := 'SECOND_ACTIVE';
  elsif not booking.take_seat(p_slot) then
    refusal := 'FULL';
  end if;
  if refusal is not null then
    return next;
    return;
  end if;
  -- a racing booking of the same person fails here on appointment_party_one_active, and the whole
  -- statement (the seat with it) is undone
  insert into marriage.appointment (slot_id, office_id, type, code, citizen_account_id)
  values (p_slot, s.owner_key, p_type, p_code, p_account)
  returning id into booked_id;
  insert into marriage.appointment_party (appointment_id, position, id_idx, id_enc, id_masked, sex,
                                          slot_day, person_id)
  values (booked_id, 1, p_first_idx, p_first_enc, p_first_masked, p_first_sex, s.day, first_person),
         (booked_id, 2, p_second_idx, p_second_enc, p_second_masked, p_second_sex, s.day,
          second_person);
  insert into marriage.booking_outbox (appointment_id, persons, actor, actor_kind, actor_roles,
                                       actor_region, remote_address)
  values (booked_id, array_remove(array [first_person, second_person], null), p_actor,
          p_actor_kind, p_actor_roles, p_actor_region, p_remote);
  select o.name, o.region_code into booked_office_name, booked_region_code
    from marriage.office o
   where o.id = s.owner_key;
  booked_office := s.owner_key;
  booked_day := s.day;
  booked_start := s.start_time;
  booked_end := s.end_time;
  return next;
end;
$$;
