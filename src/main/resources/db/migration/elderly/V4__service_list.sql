-- 基本养老服务清单: three categories (物质帮助, 照护服务, 关爱服务). Each item is effective-dated:
-- an edit closes the current version (valid_to, exclusive) and adds a new one with the same code.
-- The 34 starting items are DEMO CONTENT modelled on the national list: the city's own list must
-- replace them (demo_content marks them on every page).
create table elderly.service_item
(
  id           bigint generated always as identity primary key,
  code         text        not null check (code ~ '^[A-Z]{2}-[0-9]{2,3}$'),
  category     text        not null check (category in ('MATERIAL', 'CARE', 'CARING')),
  name         text        not null check (btrim(name) <> ''),
  target_group text        not null,
  content      text        not null,
  standard     text        not null,
  provider     text        not null,
  funding      text        not null,
  valid_from   date        not null,
  valid_to     date check (valid_to is null or valid_to > valid_from),
  demo_content boolean     not null default false,
  created_by   text        not null,
  created_at   timestamptz not null default now()
);
create unique index service_item_one_open_version on elderly.service_item (code) where valid_to is null;
create index service_item_validity on elderly.service_item (valid_from, valid_to);

insert into elderly.service_item (code, category, name, target_group, content, standard, provider,
                                  funding, valid_from, demo_content, created_by)
values
       ('WZ-01', 'MATERIAL', '特困老年人供养', '60周岁以上特困人员', '基本生活费、照料护理费，集中或分散供养', '按本市特困人员供养标准', '乡镇（街道）、供养服务机构', '财政', '2023-01-01', true, 'migration'),
       ('WZ-02', 'MATERIAL', '低保老年人最低生活保障', '低保家庭中的老年人', '按月发放低保金，重点保障对象增发', '按本市城乡低保标准', '区（市）县民政部门', '财政', '2023-01-01', true, 'migration'),
       ('WZ-03', 'MATERIAL', '高龄津贴', '80周岁以上本市老年人', '按年龄档按月发放高龄津贴', '按年龄档标准（以市级文件为准）', '区（市）县民政部门', '财政', '2023-01-01', true, 'migration'),
       ('WZ-04', 'MATERIAL', '经济困难失能老年人护理补贴', '经济困难的失能、半失能老年人', '按月发放护理补贴', '按失能等级确定', '区（市）县民政部门', '财政', '2023-01-01', true, 'migration'),
       ('WZ-05', 'MATERIAL', '经济困难老年人养老服务补贴', '低保、低收入家庭老年人', '发放养老服务补贴或服务券', '按本市标准', '区（市）县民政部门', '财政、福彩公益金', '2023-01-01', true, 'migration'),
       ('WZ-06', 'MATERIAL', '百岁老人长寿保健补贴', '100周岁以上老年人', '按月发放长寿保健补贴', '按本市标准', '区（市）县民政部门', '财政', '2023-01-01', true, 'migration'),
       ('WZ-07', 'MATERIAL', '老年人意外伤害保险', '特困、低保等困难老年人', '政府购买意外伤害保险', '每人每年一份', '保险机构', '财政', '2023-01-01', true, 'migration'),
       ('WZ-08', 'MATERIAL', '困难老年人家庭适老化改造', '特殊困难老年人家庭', '地面防滑、扶手、助浴等改造', '按改造项目清单补贴', '区（市）县民政部门', '财政', '2023-01-01', true, 'migration'),
       ('WZ-09', 'MATERIAL', '城乡居民养老保险费代缴', '特困、低保等困难老年人', '代缴最低档次养老保险费', '按最低缴费档次', '人社部门', '财政', '2023-01-01', true, 'migration'),
       ('WZ-10', 'MATERIAL', '困难老年人临时救助', '遭遇急难的老年人', '临时救助金或实物', '按临时救助标准', '乡镇（街道）', '财政', '2023-01-01', true, 'migration'),
       ('WZ-11', 'MATERIAL', '特困老年人医疗救助', '特困、低保老年人', '基本医疗保险个人缴费资助、住院救助', '按医疗救助政策', '医保部门', '财政', '2023-01-01', true, 'migration'),
       ('WZ-12', 'MATERIAL', '公共交通乘车优待', '70周岁以上老年人', '免费或优惠乘坐公交、地铁', '按本市优待政策', '交通运输部门', '财政', '2023-01-01', true, 'migration'),
       ('WZ-13', 'MATERIAL', '公园景区门票减免', '60周岁以上老年人', '政府投资的公园景区免费或半价', '按本市优待政策', '文旅部门', '财政', '2023-01-01', true, 'migration'),
       ('ZH-01', 'CARE', '老年人能力综合评估', '有需求的老年人', '开展老年人能力评估，出具评估报告', '按国家标准评估', '评估机构', '财政', '2023-01-01', true, 'migration'),
       ('ZH-02', 'CARE', '失能特困老年人集中照护', '有集中供养意愿的失能特困老年人', '优先安排入住供养服务机构', '按照护等级', '特困人员供养服务机构', '财政', '2023-01-01', true, 'migration'),
       ('ZH-03', 'CARE', '家庭养老床位', '居家失能、半失能老年人', '建设家庭养老床位，提供上门照护', '按服务协议', '养老服务机构', '财政、个人', '2023-01-01', true, 'migration'),
       ('ZH-04', 'CARE', '特殊困难老年人居家上门服务', '特困、低保、失能、独居等特殊困难老年人', '助洁、助浴、助医、精神慰藉等上门服务', '按每人每年服务预算', '居家养老服务组织', '财政', '2023-01-01', true, 'migration'),
       ('ZH-05', 'CARE', '社区日间照料', '社区老年人', '日间托养、康复护理、文体娱乐', '按服务项目', '日间照料中心', '财政补贴、个人', '2023-01-01', true, 'migration'),
       ('ZH-06', 'CARE', '老年助餐服务', '社区老年人，困难老年人优先', '社区食堂、助餐点提供就餐、送餐', '困难老年人享受就餐补贴', '助餐点', '财政补贴、个人', '2023-01-01', true, 'migration'),
       ('ZH-07', 'CARE', '长期护理保险待遇', '参保的失能人员', '按失能等级支付护理费用', '按长期护理保险政策', '医保部门', '长护险基金', '2023-01-01', true, 'migration'),
       ('ZH-08', 'CARE', '认知症照护服务', '认知障碍老年人', '早期筛查、照护指导、专区照护', '按服务项目', '认知症照护机构', '财政补贴、个人', '2023-01-01', true, 'migration'),
       ('ZH-09', 'CARE', '农村互助养老服务', '农村留守、独居老年人', '村级互助养老服务点提供互助服务', '按服务项目', '村（社区）', '财政、集体', '2023-01-01', true, 'migration'),
       ('ZH-10', 'CARE', '家庭照护者培训', '失能老年人家庭照护者', '免费照护技能培训', '每年不少于一次', '培训机构', '财政', '2023-01-01', true, 'migration'),
       ('ZH-11', 'CARE', '老年人健康管理', '65周岁以上老年人', '每年一次免费健康体检与健康指导', '按国家基本公共卫生服务规范', '基层医疗卫生机构', '财政', '2023-01-01', true, 'migration'),
       ('ZH-12', 'CARE', '家庭医生签约服务', '老年人', '家庭医生签约，优先上门诊疗', '按签约服务包', '基层医疗卫生机构', '医保、财政', '2023-01-01', true, 'migration'),
       ('GA-01', 'CARING', '特殊困难老年人探访关爱', '独居、空巢、留守、失能等特殊困难老年人', '定期探访，建立台账', '每月不少于一次', '村（社区）、社会工作者', '财政', '2023-01-01', true, 'migration'),
       ('GA-02', 'CARING', '独居空巢老年人巡访', '独居、空巢老年人', '电话问候、上门巡访', '每周不少于一次电话问候', '村（社区）', '财政', '2023-01-01', true, 'migration'),
       ('GA-03', 'CARING', '老年人精神慰藉', '有需求的老年人', '心理疏导、陪伴聊天', '按服务项目', '社会工作服务机构', '财政', '2023-01-01', true, 'migration'),
       ('GA-04', 'CARING', '紧急呼叫援助', '独居、高龄、失能老年人', '安装一键呼叫设备，24小时响应', '按服务协议', '智慧养老服务平台', '财政', '2023-01-01', true, 'migration'),
       ('GA-05', 'CARING', '老年教育', '老年人', '老年大学、社区老年学校课程', '按课程安排', '教育部门、老年大学', '财政、个人', '2023-01-01', true, 'migration'),
       ('GA-06', 'CARING', '老年文体活动', '老年人', '文体活动场地与组织', '按活动安排', '文体部门、社区', '财政', '2023-01-01', true, 'migration'),
       ('GA-07', 'CARING', '老年人法律援助', '经济困难老年人', '免费法律咨询与法律援助', '按法律援助条件', '司法行政部门', '财政', '2023-01-01', true, 'migration'),
       ('GA-08', 'CARING', '防范养老诈骗宣传', '老年人', '开展防诈骗宣传教育', '每年不少于两次', '公安、民政部门', '财政', '2023-01-01', true, 'migration'),
       ('GA-09', 'CARING', '老年人优待证办理', '60周岁以上老年人', '办理老年人优待证（电子证）', '即时办理', '民政部门', '财政', '2023-01-01', true, 'migration');
