-- The low-income register (低收入人口动态监测) as other modules may read it in set-based SQL: who is on
-- it, in which category, from which day and to which day (until: the last day on the register,
-- null while on it). Read by disability for the living subsidy of persons with disabilities in
-- difficulty (困难残疾人生活补贴). Columns keep their names and meaning when register_entry changes.
create view monitoring.low_income_fact as
select person_id, household_id, region_code, category, since, until
from monitoring.register_entry;

grant select on monitoring.low_income_fact to ${app_role};
