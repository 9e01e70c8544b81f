-- Issue 23: the published view also carries the marital status, so that a marriage booking checks
-- "neither party recorded as married" in its one statement instead of a look-up of its own. The
-- view reads registry.person itself, so every change of the status (the person form, an import,
-- the PersonCommands.changeMaritalStatus command a marriage or divorce registration sends) shows
-- here at once; the column is appended (create or replace keeps the others and the grant).
create or replace view registry.person_fact as
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
       disability_grade,
       marital_status
from registry.person;
