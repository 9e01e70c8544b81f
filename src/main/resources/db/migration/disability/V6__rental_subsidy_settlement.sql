-- 辅具租赁补贴, settled per month: the days of a rental that fall in a month and are subsidised.
-- A rental is subsidised from the hand-out day up to the day before its return, at most to its due
-- date (days kept beyond it without a renewal are overdue, not rented: no subsidy), and a rental
-- returned on its hand-out day counts one day, as its rent does. A rental still out counts to the
-- month's end. The one place this rule lives: the monthly settlement and the return both call it.
create function disability.subsidised_rental_days(handed_out date, returned date, due date,
                                                  month_start date)
  returns integer
  language sql
  immutable
as
$$
select greatest(0,
         least(greatest(least(coalesce(returned, due), due), handed_out + 1),
               (month_start + interval '1 month')::date)
         - greatest(handed_out, month_start))
$$;
