-- Issue 23: a seat taken inside an owner's own booking statement (marriage.book), so that a peak
-- day's booking is one round trip. The same conditional update as Slots.take, which calls it too:
-- one definition of "a free seat of an open slot". Published for owners' SQL like the *_fact views.
create function booking.take_seat(p_slot_id bigint) returns boolean
  language sql
  volatile
as
$$
with taken as (
  update booking.slot set booked = booked + 1
   where id = p_slot_id and booked < capacity and not closed
  returning 1)
select exists (select 1 from taken)
$$;
grant execute on function booking.take_seat(bigint) to ${app_role};
