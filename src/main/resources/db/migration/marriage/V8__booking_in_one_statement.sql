-- Issue 23: a booking is one statement. marriage.book checks the rules that need the slot or the
-- parties' history (slot open and ahead, free seat, legal age on the slot's day, the no-show block
-- of online bookings, one active booking per person), takes the seat through the booking engine's
-- published booking.take_seat, inserts the appointment, its two parties and one outbox row, and
-- answers the booking or the first rule it broke (a reason code BookingService maps to the same
-- Chinese messages as before). Nothing is written before every rule has passed, so a refusal
-- leaves nothing behind even when the statement runs in autocommit.

-- The messages and audit entry of a booking, written in the booking's own statement and sent
-- after its commit by BookingOutbox (in batches, every second and after a restart). A row is
-- deleted in the same transaction that stores its messages and audit entry, so it is delivered
-- once; the messages' once-keys guard the parties' inboxes against any second delivery.
-- Who booked and from where are captured at booking time (the worker has no request).
create table marriage.booking_outbox
(
  id             bigint generated always as identity primary key,
  appointment_id bigint      not null references marriage.appointment,
  persons        bigint[]    not null,
  actor          text        not null,
  actor_kind     text        not null,
  actor_roles    text,
  actor_region   text,
  remote_address text,
  occurred_at    timestamptz not null default now(),
  attempts       integer     not null default 0,
  last_error     text,
  due_at         timestamptz not null default now()
);
create index booking_outbox_due on marriage.booking_outbox (due_at, id);
grant select, insert, update, delete on marriage.booking_outbox to ${app_role};

-- NoShowRule (docs/domain-rules.md §7): threshold no-shows within window_days block online
-- booking for block_days after the no-show that reached the threshold (the block's last day
-- included).
create function marriage.no_show_blocks(no_show_days date[], today date, threshold integer,
                                        window_days integer, block_days integer) returns boolean
  language sql
  immutable
as
$$
select exists (select 1
                 from unnest(no_show_days) d
                where today between d and d + block_days
                  and (select count(*)
                         from unnest(no_show_days) x
                        where x between d - (window_days - 1) and d) >= threshold)
$$;

create function marriage.book(
  p_slot bigint, p_type text, p_code text, p_account bigint, p_today date,
  p_first_idx bytea, p_first_enc bytea, p_first_masked text, p_first_sex text,
  p_first_person bigint, p_first_of_age date,
  p_second_idx bytea, p_second_enc bytea, p_second_masked text, p_second_sex text,
  p_second_person bigint, p_second_of_age date,
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
  s record;
begin
  select f.owner_key, f.day, f.start_time, f.end_time, f.capacity, f.booked, f.closed
    into s
    from booking.slot_fact f
   where f.id = p_slot and f.owner = 'marriage.office';
  if not found then
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
  values (booked_id, 1, p_first_idx, p_first_enc, p_first_masked, p_first_sex, s.day, p_first_person),
         (booked_id, 2, p_second_idx, p_second_enc, p_second_masked, p_second_sex, s.day,
          p_second_person);
  insert into marriage.booking_outbox (appointment_id, persons, actor, actor_kind, actor_roles,
                                       actor_region, remote_address)
  values (booked_id, array_remove(array [p_first_person, p_second_person], null), p_actor,
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
