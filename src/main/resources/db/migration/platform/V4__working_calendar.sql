-- The city's working-day calendar: public holidays (放假) and the weekend days worked instead
-- (调休), from the State Council's yearly notice. A day not listed is a working day from Monday
-- to Friday. Every working-day deadline of every module counts with this one table.
create table platform.calendar_day
(
  day        date primary key,
  name       text        not null check (length(name) between 1 and 40),
  working    boolean     not null,
  updated_by text        not null default 'migration',
  updated_at timestamptz not null default now(),
  -- a listed working day is a weekend day worked instead of a holiday; listing a weekday as
  -- working would change nothing and hides a typo
  check (not working or extract(isodow from day) in (6, 7))
);

-- 国务院办公厅关于2023年至2026年部分节假日安排的通知 (国办发明电〔2022〕16号、〔2023〕7号、
-- 〔2024〕12号、〔2025〕7号). Weekend days inside a holiday are listed too so that the page shows
-- the whole holiday.
insert into platform.calendar_day (day, name, working)
select d::date, h.name, false
from (values ('2023-01-02', '2023-01-02', '元旦'),
             ('2023-01-21', '2023-01-27', '春节'),
             ('2023-04-05', '2023-04-05', '清明节'),
             ('2023-04-29', '2023-05-03', '劳动节'),
             ('2023-06-22', '2023-06-24', '端午节'),
             ('2023-09-29', '2023-10-06', '中秋节、国庆节'),
             ('2024-01-01', '2024-01-01', '元旦'),
             ('2024-02-10', '2024-02-17', '春节'),
             ('2024-04-04', '2024-04-06', '清明节'),
             ('2024-05-01', '2024-05-05', '劳动节'),
             ('2024-06-10', '2024-06-10', '端午节'),
             ('2024-09-15', '2024-09-17', '中秋节'),
             ('2024-10-01', '2024-10-07', '国庆节'),
             ('2025-01-01', '2025-01-01', '元旦'),
             ('2025-01-28', '2025-02-04', '春节'),
             ('2025-04-04', '2025-04-06', '清明节'),
             ('2025-05-01', '2025-05-05', '劳动节'),
             ('2025-05-31', '2025-06-02', '端午节'),
             ('2025-10-01', '2025-10-08', '国庆节、中秋节'),
             ('2026-01-01', '2026-01-03', '元旦'),
             ('2026-02-15', '2026-02-23', '春节'),
             ('2026-04-04', '2026-04-06', '清明节'),
             ('2026-05-01', '2026-05-05', '劳动节'),
             ('2026-06-19', '2026-06-21', '端午节'),
             ('2026-09-25', '2026-09-27', '中秋节'),
             ('2026-10-01', '2026-10-07', '国庆节')) as h(first, last, name),
     generate_series(h.first::date, h.last::date, interval '1 day') as d;

insert into platform.calendar_day (day, name, working)
values ('2023-01-28', '春节调休', true), ('2023-01-29', '春节调休', true),
       ('2023-04-23', '劳动节调休', true), ('2023-05-06', '劳动节调休', true),
       ('2023-06-25', '端午节调休', true),
       ('2023-10-07', '国庆节调休', true), ('2023-10-08', '国庆节调休', true),
       ('2024-02-04', '春节调休', true), ('2024-02-18', '春节调休', true),
       ('2024-04-07', '清明节调休', true),
       ('2024-04-28', '劳动节调休', true), ('2024-05-11', '劳动节调休', true),
       ('2024-09-14', '中秋节调休', true),
       ('2024-09-29', '国庆节调休', true), ('2024-10-12', '国庆节调休', true),
       ('2025-01-26', '春节调休', true), ('2025-02-08', '春节调休', true),
       ('2025-04-27', '劳动节调休', true),
       ('2025-09-28', '国庆节调休', true), ('2025-10-11', '国庆节调休', true),
       ('2026-01-04', '元旦调休', true),
       ('2026-02-14', '春节调休', true), ('2026-02-28', '春节调休', true),
       ('2026-05-09', '劳动节调休', true),
       ('2026-09-20', '国庆节调休', true), ('2026-10-10', '国庆节调休', true);
