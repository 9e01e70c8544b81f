create schema region;
grant usage on schema region to ${app_role};

-- The division tree. code: 12-digit statistical code (digits 1-6 county, 7-9 township,
-- 10-12 village/community). parent_code is the MANAGING parent (a street of a functional
-- zone hangs under the zone); statutory_county_code is the GB/T 2260 county the node lies in,
-- null only for the city and for the functional zones, which have no GB/T 2260 code.
-- valid_from inclusive, valid_to exclusive: a node with valid_to <= today is retired.
create table region.node
(
  code                  varchar(12) primary key check (code ~ '^[0-9]{12}$'),
  name                  text        not null check (length(btrim(name)) > 0),
  name_valid_from       date        not null,
  level                 varchar(10) not null check (level in ('CITY', 'COUNTY', 'STREET', 'COMMUNITY')),
  kind                  varchar(10) not null
    check (kind in ('市', '区', '县', '县级市', '功能区', '街道', '镇', '乡', '社区', '村')),
  parent_code           varchar(12) references region.node (code),
  statutory_county_code varchar(6) check (statutory_county_code ~ '^[0-9]{6}$'),
  valid_from            date        not null,
  valid_to              date,
  retired_reason        text,
  successor_code        varchar(12) check (successor_code ~ '^[0-9]{12}$'),
  note                  text,
  generated             boolean     not null default false,
  updated_at            timestamptz not null default now(),
  check (valid_to is null or valid_to >= valid_from),
  check ((level = 'CITY') = (parent_code is null))
);
create index node_by_parent_idx on region.node (parent_code, code);
create index node_by_statutory_county_idx on region.node (statutory_county_code);

-- Earlier names: a rename closes the old name here (valid_to exclusive) and keeps it.
create table region.node_name_history
(
  id         bigint generated always as identity primary key,
  code       varchar(12) not null references region.node (code),
  name       text        not null,
  valid_from date        not null,
  valid_to   date        not null,
  changed_by text        not null,
  changed_at timestamptz not null default now()
);
create index node_name_history_by_code_idx on region.node_name_history (code, valid_from);

-- Reference data: 成都市 and its 20 county-level units (GB/T 2260). valid_from 1980-01-01
-- stands for "since the first edition of GB 2260 (1980) or earlier"; later dates are the
-- months of the State Council approvals that created the unit (day precision not claimed).
insert into region.node (code, name, name_valid_from, level, kind, parent_code, statutory_county_code, valid_from)
values ('510100000000', '成都市', '1980-01-01', 'CITY', '市', null, null, '1980-01-01');

insert into region.node (code, name, name_valid_from, level, kind, parent_code, statutory_county_code, valid_from)
select c.code || '000000', c.name, c.valid_from::date, 'COUNTY', c.kind, '510100000000', c.code, c.valid_from::date
from (values ('510104', '锦江区', '区', '1980-01-01'),
             ('510105', '青羊区', '区', '1980-01-01'),
             ('510106', '金牛区', '区', '1980-01-01'),
             ('510107', '武侯区', '区', '1980-01-01'),
             ('510108', '成华区', '区', '1980-01-01'),
             ('510112', '龙泉驿区', '区', '1980-01-01'),
             ('510113', '青白江区', '区', '1980-01-01'),
             ('510114', '新都区', '区', '2001-12-01'),
             ('510115', '温江区', '区', '2002-04-01'),
             ('510116', '双流区', '区', '2015-12-01'),
             ('510117', '郫都区', '区', '2016-12-01'),
             ('510118', '新津区', '区', '2020-06-01'),
             ('510121', '金堂县', '县', '1980-01-01'),
             ('510129', '大邑县', '县', '1980-01-01'),
             ('510131', '蒲江县', '县', '1980-01-01'),
             ('510181', '都江堰市', '县级市', '1988-05-01'),
             ('510182', '彭州市', '县级市', '1993-11-01'),
             ('510183', '邛崃市', '县级市', '1994-06-01'),
             ('510184', '崇州市', '县级市', '1994-05-01'),
             ('510185', '简阳市', '县级市', '2016-05-01')) as c(code, name, kind, valid_from);

-- The three functional zones handle civil affairs on their own but have NO GB/T 2260 code.
-- Their codes 510190/510191/510192 are INTERNAL to this platform (chosen in the county-level
-- city range 81-99 that Chengdu does not use beyond 185); they never occur in ID numbers, so
-- statutory_county_code stays null and the ID-number address check does not know them.
insert into region.node (code, name, name_valid_from, level, kind, parent_code, statutory_county_code, valid_from, note)
values ('510190000000', '成都高新区', '1991-03-01', 'COUNTY', '功能区', '510100000000', null, '1991-03-01',
        '功能区（管理区域），无GB/T 2260代码；510190为本平台内部代码'),
       ('510191000000', '四川天府新区成都直管区', '2014-10-01', 'COUNTY', '功能区', '510100000000', null, '2014-10-01',
        '功能区（管理区域），无GB/T 2260代码；510191为本平台内部代码'),
       ('510192000000', '成都东部新区', '2020-05-01', 'COUNTY', '功能区', '510100000000', null, '2020-05-01',
        '功能区（管理区域），无GB/T 2260代码；510192为本平台内部代码');

-- Retired county codes that still occur in ID numbers (people keep their number).
insert into region.node (code, name, name_valid_from, level, kind, parent_code, statutory_county_code,
                         valid_from, valid_to, retired_reason, successor_code, note)
select r.code || '000000', r.name, '1980-01-01', 'COUNTY', r.kind, '510100000000', r.code,
       '1980-01-01', r.valid_to::date, r.reason, r.successor || '000000', r.note
from (values ('510122', '双流县', '县', '2015-12-01', '撤县设区', '510116', null),
             ('510124', '郫县', '县', '2016-12-01', '撤县设区', '510117', null),
             ('510132', '新津县', '县', '2020-06-01', '撤县设区', '510118', null),
             ('512081', '简阳市', '县级市', '2016-05-01', '由资阳市划归成都市代管，代码变更', '510185',
              '2016年前属资阳市；为校验身份证号码保留'),
             ('510123', '温江县', '县', '2002-04-01', '撤县设区', '510115', null),
             ('510125', '新都县', '县', '2001-12-01', '撤县设区', '510114', null),
             ('510127', '灌县', '县', '1988-05-01', '撤县设市（都江堰市）', '510181', null),
             ('510126', '彭县', '县', '1993-11-01', '撤县设市（彭州市）', '510182', null),
             ('510128', '崇庆县', '县', '1994-05-01', '撤县设市（崇州市）', '510184', null),
             ('510130', '邛崃县', '县', '1994-06-01', '撤县设市（邛崃市）', '510183', null))
         as r(code, name, kind, valid_to, reason, successor, note);
