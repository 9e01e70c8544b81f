-- What other modules may read from the registry in set-based SQL (the 高龄津贴 run, feed matching,
-- beds per 1,000 elderly, demo seeding): these views are the registry's published contract. Their
-- columns keep their names and meaning when the tables behind them change; the tables themselves
-- are the registry's own. Persons are matched by the blind index; the ID number stays encrypted
-- (only the platform's FieldCipher opens it). Changes still go through the registry's commands.
create view registry.person_fact as
select id,
       id_number_idx,
       id_number_enc,
       name,
       sex,
       birth_date,
       residence_region_code,
       hukou_region_code,
       life_status,
       date_of_death,
       disability_category,
       disability_grade
from registry.person;

create view registry.household_fact as
select id, region_code, head_person_id
from registry.household;

-- Memberships with their validity; the current household of a person has valid_to null.
create view registry.membership_fact as
select household_id, person_id, relationship, valid_from, valid_to
from registry.household_member;

grant select on registry.person_fact, registry.household_fact, registry.membership_fact
  to ${app_role};
