-- What a death recovered for an approved month (the payment row is removed, the amount recovered in a
-- later roster), kept so that a withdrawn death pays the same amount back as arrears (§8).
create table children.allowance_death_recovery
(
  case_id       bigint         not null references children.allowance_case (id),
  person_id     bigint         not null,
  month         date           not null,
  programme     text           not null,
  category      text           not null,
  care_type     text           not null,
  amount        numeric(12, 2) not null,
  region_code   text           not null,
  date_of_death date           not null,
  primary key (person_id, month, programme)
);
