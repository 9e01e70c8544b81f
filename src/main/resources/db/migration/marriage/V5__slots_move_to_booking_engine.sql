-- The slots leave marriage for the shared booking engine (module booking, schema booking), with
-- their rows: every office becomes a booking resource ('marriage.office', office id), every slot
-- keeps its id, so that appointments (slot_id) keep pointing at the same slot. Only then is the
-- emptied table dropped.
--
-- Order: marriage depends on booking, so booking V1 has run before this migration (fresh or
-- existing database). SqlBoundaryTest allows exactly this file to name booking.resource and
-- booking.slot.
insert into booking.resource (owner, owner_key, name)
select 'marriage.office', id, name
from marriage.office
on conflict (owner, owner_key) do nothing;

insert into booking.slot (id, resource_id, day, start_time, end_time, capacity, booked, peak,
                          closed) overriding system value
select s.id, r.id, s.day, s.start_time, s.end_time, s.capacity, s.booked, s.peak, s.closed
from marriage.slot s
       join booking.resource r on r.owner = 'marriage.office' and r.owner_key = s.office_id;

select setval(pg_get_serial_sequence('booking.slot', 'id'),
              coalesce((select max(id) from booking.slot), 0) + 1, false);

do
$$
  begin
    if exists (select 1
               from marriage.slot s
               where not exists (select 1 from booking.slot b where b.id = s.id)) then
      raise exception 'marriage slots not all moved to booking.slot';
    end if;
  end
$$;

alter table marriage.appointment drop constraint appointment_slot_id_fkey;
drop table marriage.slot;
