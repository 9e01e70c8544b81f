create schema assistance;
grant usage on schema assistance to ${app_role};

-- Effective-dated standards per county-level managing area (district, county, county-level city or
-- functional zone: the COUNTY level of the region tree). A version holds every figure in force
-- from its date until the next version of the same area. Figures marked [unconfirmed] in
-- domain-rules.md live here, never in code; care_confirmed says whether the care allowances come
-- from an official text.
create table assistance.standard_version
(
  id                        bigint generated always as identity primary key,
  area_code                 text          not null check (area_code ~ '^[0-9]{12}$'),
  effective_from            date          not null,
  -- 低保: yuan per person per month
  dibao_standard            numeric(10, 2) not null check (dibao_standard > 0),
  -- minimum 低保 amount per person when the difference is smaller [unconfirmed]
  minimum_per_person        numeric(10, 2) not null default 0 check (minimum_per_person >= 0),
  -- 特困 basic living = multiplier x 低保 standard, rounded half up to whole yuan
  tekun_multiplier          numeric(5, 2)  not null check (tekun_multiplier >= 1),
  -- 特困 care allowance per self-care level [unconfirmed for Chengdu]
  care_self                 numeric(10, 2) not null check (care_self >= 0),
  care_partial              numeric(10, 2) not null check (care_partial >= 0),
  care_full                 numeric(10, 2) not null check (care_full >= 0),
  care_confirmed            boolean        not null default false,
  -- 临时救助: one-off amount up to township_multiple x standard approved by the township,
  -- up to county_multiple x standard by the county [unconfirmed]
  linshi_township_multiple  numeric(5, 2)  not null check (linshi_township_multiple > 0),
  linshi_county_multiple    numeric(5, 2)  not null,
  -- 低保边缘: per-capita income below multiplier x standard [unconfirmed]
  marginal_multiplier       numeric(5, 2)  not null check (marginal_multiplier >= 1),
  -- asset rules [unconfirmed]: deposits per person below N months of the standard, no vehicle
  -- above the value, second house allowed or not
  asset_deposit_months      integer        not null check (asset_deposit_months >= 0),
  asset_vehicle_limit       numeric(12, 2) not null check (asset_vehicle_limit >= 0),
  asset_second_house        boolean        not null default false,
  basis                     text           not null,
  created_at                timestamptz    not null default now(),
  created_by                text           not null,
  constraint standard_version_once unique (area_code, effective_from),
  constraint standard_linshi_levels check (linshi_county_multiple >= linshi_township_multiple)
);

-- The brief's values: 910 / 860 from 2023-01-01 (成府发〔2022〕20号), 630 / 560 from 2017-11-01.
insert into assistance.standard_version
  (area_code, effective_from, dibao_standard, minimum_per_person, tekun_multiplier, care_self,
   care_partial, care_full, care_confirmed, linshi_township_multiple, linshi_county_multiple,
   marginal_multiplier, asset_deposit_months, asset_vehicle_limit, asset_second_house, basis,
   created_by)
select a.code || '000000', v.effective_from,
       case when a.tier = 1 then v.tier1 else v.tier2 end,
       v.minimum, 1.3, v.care_self, v.care_partial, v.care_full, false, 3, 10, 1.5, 24, 50000,
       false, v.basis, 'migration'
  from (values ('510104', 1), ('510105', 1), ('510106', 1), ('510107', 1), ('510108', 1),
               ('510112', 1), ('510113', 1), ('510114', 1), ('510115', 1), ('510116', 1),
               ('510117', 1), ('510118', 1), ('510190', 1), ('510191', 1), ('510192', 1),
               ('510185', 2), ('510181', 2), ('510182', 2), ('510183', 2), ('510184', 2),
               ('510121', 2), ('510129', 2), ('510131', 2)) as a(code, tier)
 cross join (values (date '2017-11-01', 630.00, 560.00, 10.00, 0.00, 200.00, 400.00,
                     '成都市2017年11月起城乡低保标准（历史）'),
                    (date '2023-01-01', 910.00, 860.00, 10.00, 0.00, 300.00, 600.00,
                     '成府发〔2022〕20号，2023年1月1日起')) as
       v(effective_from, tier1, tier2, minimum, care_self, care_partial, care_full, basis);
