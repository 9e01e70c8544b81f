package cn.minzheng.assistance.demo;

import cn.minzheng.assistance.cases.PublicityPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo cases as a few set-based statements in one transaction: pick households by a stable
 * hash, give each pick a kind, insert cases, members, incomes and history.
 */
final class DemoCases {

  private final JdbcClient jdbc;
  private final DemoAreaMap areas;
  private final LocalDate today;
  private final YearMonth start;

  DemoCases(JdbcClient jdbc, DemoAreaMap areas, LocalDate today, YearMonth start) {
    this.jdbc = jdbc;
    this.areas = areas;
    this.today = today;
    this.start = start;
  }

  int create() {
    jdbc.sql(
            """
            create temp table demo_area on commit drop as
            select * from unnest(?::text[], ?::text[], ?::text[]) as a(code, street, area)""")
        .params(areas.codes(), areas.streets(), areas.areas())
        .update();
    jdbc.sql(
            """
            create temp table demo_pick on commit drop as
            select h.id, h.region_code, h.head_person_id, a.street, a.area, p.name, p.birth_date,
                   (select count(*) from registry.membership_fact hm
                     where hm.household_id = h.id and hm.valid_to is null) as members,
                   row_number() over (order by (h.id * 7919) % 10007, h.id) as rn,
                   null::text as kind
              from registry.household_fact h
              join demo_area a on a.code = h.region_code
              join registry.person_fact p on p.id = h.head_person_id and p.life_status = 'ALIVE'
             where not exists (select 1 from assistance.assistance_case c
                                where c.household_id = h.id)""")
        .update();
    long households = jdbc.sql("select count(*) from demo_pick").query(Long.class).single();
    long dibao = Math.max(5, households / 200);
    long linshi = Math.max(3, households / 1500);
    long open = 24;
    jdbc.sql(
            """
            update demo_pick set kind = case when rn <= ? then 'DIBAO'
                                             when rn <= ? then 'LINSHI'
                                             when rn <= ? then 'OPEN' end""")
        .params(dibao, dibao + linshi, dibao + linshi + open)
        .update();
    jdbc.sql(
            """
            update demo_pick set kind = 'TEKUN' where id in (
              select id from demo_pick where kind is null and members = 1
                 and birth_date <= ?::date - interval '60 years' order by rn limit ?)""")
        .params(today, Math.max(3, households / 600))
        .update();
    jdbc.sql(
            """
            update demo_pick set kind = 'PUBLICITY' where id in (
              select id from demo_pick where kind is null and region_code = '510104001001'
               order by rn limit 4)""")
        .update();
    int inserted = insertCases();
    insertMembersAndHistory();
    return inserted;
  }

  private int insertCases() {
    LocalDate startMonth = start.atDay(1);
    LocalDate applied = startMonth.minusMonths(1).plusDays(3);
    // the demo's cases in publicity opened it two days ago
    PublicityPeriod publicity = PublicityPeriod.openedOn(today.minusDays(2));
    return jdbc.sql(
            """
            insert into assistance.assistance_case
              (case_no, type, category, household_id, applicant_person_id, applicant_name,
               region_code, street_code, area_code, state, applied_on, deadline, consent_ref,
               consent_signed_on, household_income, per_capita_income, assets_within_limits,
               verification_ref, verification_source, care_level, no_able_supporter,
               linshi_kind, one_off_amount, proposed_amount, proposed_by_id, proposed_by,
               proposed_on, publicity_from, publicity_to, decided_by_id, decided_by, decided_on,
               start_month, next_review_on, review_cycle_months, created_by, filed_by_id)
            select 'JZDEMO' || lpad(d.id::text, 9, '0'),
                   case d.kind when 'TEKUN' then 'TEKUN' when 'LINSHI' then 'LINSHI' else 'DIBAO' end,
                   case when d.kind in ('DIBAO', 'OPEN', 'PUBLICITY')
                        then (array['BOTTOM', 'SUPPORT', 'PROTECT'])[1 + d.id % 3]
                        when d.kind = 'TEKUN' then 'BOTTOM' end,
                   d.id, d.head_person_id, d.name, d.region_code, d.street, d.area,
                   case d.kind when 'OPEN' then (array['APPLIED', 'ACCEPTED', 'VERIFIED',
                                                       'INVESTIGATED'])[1 + d.rn % 4]
                               when 'PUBLICITY' then 'PUBLICITY' else 'CONFIRMED' end,
                   case d.kind when 'OPEN' then ?::date - (d.rn % 60)::int
                               when 'PUBLICITY' then ?::date - 20
                               when 'LINSHI' then ?::date + (d.rn % 6)::int * 30
                               else ?::date end,
                   case d.kind when 'OPEN' then ?::date - (d.rn % 60)::int + 42
                               else ?::date + 42 end,
                   'DEMO-SQ-' || d.id, ?::date - 30,
                   (d.id % 6) * 100 * d.members, (d.id % 6) * 100, true,
                   'DEMO-HD-' || d.id, 'MANUAL',
                   case when d.kind = 'TEKUN' then (array['SELF', 'PARTIAL', 'FULL'])[1 + d.id % 3] end,
                   case when d.kind = 'TEKUN' then true end,
                   case when d.kind = 'LINSHI' then (array['EMERGENCY', 'EXPENDITURE'])[1 + d.id % 2] end,
                   case when d.kind = 'LINSHI' then 500 + (d.id % 5) * 300 end,
                   case when d.kind = 'LINSHI' then 500 + (d.id % 5) * 300
                        when d.kind in ('DIBAO', 'PUBLICITY') then (s.dibao_standard - (d.id % 6) * 100) * d.members
                        when d.kind = 'TEKUN' then round(s.tekun_multiplier * s.dibao_standard, 0) end,
                   case when d.kind <> 'OPEN' then -1 end,
                   case when d.kind <> 'OPEN' then '街道经办（演示）' end,
                   case when d.kind <> 'OPEN' then ?::date end,
                   case when d.kind = 'PUBLICITY' then ?::date end,
                   case when d.kind = 'PUBLICITY' then ?::date end,
                   case when d.kind in ('DIBAO', 'TEKUN', 'LINSHI') then -2 end,
                   case when d.kind in ('DIBAO', 'TEKUN', 'LINSHI') then '区县审批（演示）' end,
                   case when d.kind in ('DIBAO', 'TEKUN') then ?::date - 10
                        when d.kind = 'LINSHI' then ?::date + (d.rn % 6)::int * 31 - 10 end,
                   case when d.kind in ('DIBAO', 'TEKUN') then ?::date
                        when d.kind = 'LINSHI'
                        then (?::date + ((d.rn % 6)::int || ' months')::interval)::date end,
                   case when d.kind in ('DIBAO', 'TEKUN')
                        then ?::date + (case when d.id % 3 = 1 then 6 else 12 end || ' months')::interval end,
                   case when d.id % 3 = 1 then 6 else 12 end,
                   'demo', -1
              from demo_pick d
              join assistance.standards_in_force(?::date) s on s.area_code = d.area
             where d.kind is not null""")
        .params(
            today,
            today,
            applied,
            applied,
            today,
            applied,
            applied,
            applied,
            publicity.from(),
            publicity.to(),
            startMonth,
            startMonth,
            startMonth,
            startMonth,
            startMonth,
            startMonth)
        .update();
  }

  private void insertMembersAndHistory() {
    jdbc.sql(
            """
            insert into assistance.case_member (case_id, person_id, name, relationship, birth_date,
                                                monthly_income, included)
            select c.id, p.id, p.name, case hm.relationship when 'HEAD' then '户主' else '家庭成员' end,
                   p.birth_date, c.per_capita_income, true
              from assistance.assistance_case c
              join registry.membership_fact hm on hm.household_id = c.household_id
                   and hm.valid_to is null
              join registry.person_fact p on p.id = hm.person_id and p.life_status = 'ALIVE'
             where c.created_by = 'demo'""")
        .update();
    jdbc.sql(
            """
            insert into assistance.case_income (case_id, from_month, household_income, reason)
            select id, start_month, household_income, '演示数据'
              from assistance.assistance_case where created_by = 'demo' and start_month is not null""")
        .update();
    jdbc.sql(
            """
            insert into assistance.case_event (case_id, at, by_name, action, to_state, note)
            select id, applied_on::timestamp, '演示数据', 'file', 'APPLIED', '演示申请'
              from assistance.assistance_case where created_by = 'demo'
            union all
            select id, decided_on::timestamp, '区县审批（演示）', 'confirm', 'CONFIRMED', '演示确认'
              from assistance.assistance_case where created_by = 'demo' and state = 'CONFIRMED'""")
        .update();
  }
}
