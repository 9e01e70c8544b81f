-- The study age cap and the visit intervals become effective-dated (issue 15): the city
-- administrator changes them after a preview, and the history stays answerable ("why was this
-- month paid?", "why was this visit overdue on that day?"). A version is in force from its day to
-- the day before the next one; the past is never rewritten (a new version starts after the latest).

-- The highest age to which full-time study continues the allowance (22 today). A version starts
-- on the first day of a month, because the monthly run reads the version in force on the paid
-- month's first day: a mid-month start would be announced with one cap and paid with another.
create table children.study_age_version
(
  id         bigint generated always as identity primary key,
  max_age    integer     not null check (max_age between 18 and 30),
  valid_from date        not null unique check (valid_from = date_trunc('month', valid_from)::date),
  created_at timestamptz not null default now(),
  created_by text        not null
);
insert into children.study_age_version (max_age, valid_from, created_by)
select value::int, date '1990-01-01', updated_by from children.setting where name = 'study_max_age';
drop table children.setting;

-- The interval in months between the 儿童主任's regular visits, per category (monthly for de-facto
-- unsupported children, three months otherwise). A version starts on any day: overdue is judged
-- per day, with the interval in force on the day judged.
create table children.visit_interval_version
(
  id         bigint generated always as identity primary key,
  category   text        not null references children.category (code),
  months     integer     not null check (months between 1 and 12),
  valid_from date        not null,
  created_at timestamptz not null default now(),
  created_by text        not null,
  unique (category, valid_from)
);
insert into children.visit_interval_version (category, months, valid_from, created_by)
select code, visit_interval_months, date '1990-01-01', 'migration' from children.category;
alter table children.category drop column visit_interval_months;

-- One definition of "in force on a day" for each, read by the monthly run, the death recovery,
-- the visit queries and the previews. Plain SQL so the planner inlines them.
create function children.study_max_age_on(on_day date)
  returns integer
  language sql stable
as $$
  select v.max_age from children.study_age_version v
   where v.valid_from <= on_day order by v.valid_from desc limit 1
$$;

create function children.visit_interval_on(category_code text, on_day date)
  returns integer
  language sql stable
as $$
  select v.months from children.visit_interval_version v
   where v.category = category_code and v.valid_from <= on_day
   order by v.valid_from desc limit 1
$$;

revoke all on function children.study_max_age_on(date) from public;
grant execute on function children.study_max_age_on(date) to ${app_role};
revoke all on function children.visit_interval_on(text, date) from public;
grant execute on function children.visit_interval_on(text, date) to ${app_role};
