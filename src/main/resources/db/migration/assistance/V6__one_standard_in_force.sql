-- One definition of "the standard in force" (issue 13, one home per rule). The Java look-up
-- (StandardStore), the set-based monthly run (EntitlementQueries) and the demo data all read
-- the versions through this function instead of each writing its own "latest version on or
-- before the day" query.
--
-- A standard takes effect on the first day of a month: benefits are paid per month, so a
-- version starting mid-month would be publicised (TownshipReview looks up the day of review)
-- with one amount and paid (the run looks up the month's first day) with another. With the
-- check below, any day of a month finds the same version as the month's first day.
alter table assistance.standard_version
  add constraint standard_version_from_first_of_month
    check (effective_from = date_trunc('month', effective_from)::date);

-- The version of each county-level area in force on a day: the latest from that day or before.
-- Plain SQL, so the planner inlines it: a filter on area_code reaches the index, and the run
-- joins the whole set (one row per area) once.
create function assistance.standards_in_force(on_day date)
  returns setof assistance.standard_version
  language sql stable
as $$
  select distinct on (s.area_code) s.*
    from assistance.standard_version s
   where s.effective_from <= on_day
   order by s.area_code, s.effective_from desc
$$;

revoke all on function assistance.standards_in_force(date) from public;
grant execute on function assistance.standards_in_force(date) to ${app_role};
