package cn.minzheng.assistance.demo;

import cn.minzheng.assistance.demo.WalkStep.Plan;
import cn.minzheng.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo cases as a few set-based statements in one transaction: pick households by a stable
 * hash, give each pick a kind, insert cases, members, incomes and history; the walk ({@link
 * WalkStep}) in the demo community; every deadline 30 working days after the case's own application
 * date, by the city's calendar.
 */
final class DemoCases {

  private final JdbcClient jdbc;
  private final DemoAreaMap areas;
  private final WorkingCalendar workingDays;
  private final LocalDate today;
  private final YearMonth start;

  DemoCases(
      JdbcClient jdbc,
      DemoAreaMap areas,
      WorkingCalendar workingDays,
      LocalDate today,
      YearMonth start) {
    this.jdbc = jdbc;
    this.areas = areas;
    this.workingDays = workingDays;
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
                   null::text as kind, null::int as walk_step
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
    // the walk first: its steps need households of the demo community, the proportions do not
    jdbc.sql(
            """
            update demo_pick p set kind = 'WALK', walk_step = w.step
              from (select id, row_number() over (order by rn) - 1 as step from demo_pick
                     where kind is null and region_code = ? order by rn limit ?) w
             where p.id = w.id""")
        .params(WalkStep.COMMUNITY, WalkStep.values().length)
        .update();
    jdbc.sql(
            """
            update demo_pick p set kind = case when g.n <= ? then 'DIBAO'
                                               when g.n <= ? then 'LINSHI'
                                               when g.n <= ? then 'OPEN' end
              from (select id, row_number() over (order by rn) as n from demo_pick
                     where kind is null) g
             where p.id = g.id""")
        .params(dibao, dibao + linshi, dibao + linshi + open)
        .update();
    jdbc.sql(
            """
            update demo_pick set kind = 'TEKUN' where id in (
              select id from demo_pick where kind is null and members = 1
                 and birth_date <= ?::date - interval '60 years' order by rn limit ?)""")
        .params(today, Math.max(3, households / 600))
        .update();
    int inserted = insertCases() + insertWalk();
    insertMembersAndHistory();
    setDeadlines();
    return inserted;
  }

  private int insertCases() {
    LocalDate startMonth = start.atDay(1);
    LocalDate applied = startMonth.minusMonths(1).plusDays(3);
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
                   case when d.kind in ('DIBAO', 'OPEN')
                        then (array['BOTTOM', 'SUPPORT', 'PROTECT'])[1 + d.id % 3]
                        when d.kind = 'TEKUN' then 'BOTTOM' end,
                   d.id, d.head_person_id, d.name, d.region_code, d.street, d.area,
                   case d.kind when 'OPEN' then (array['APPLIED', 'ACCEPTED', 'VERIFIED',
                                                       'INVESTIGATED'])[1 + d.rn % 4]
                               else 'CONFIRMED' end,
                   case d.kind when 'OPEN' then ?::date - (d.rn % 60)::int
                               when 'LINSHI' then ?::date + (d.rn % 6)::int * 30
                               else ?::date end,
                   -- the application date for now: setDeadlines() counts the 30 working days
                   case d.kind when 'OPEN' then ?::date - (d.rn % 60)::int
                               when 'LINSHI' then ?::date + (d.rn % 6)::int * 30
                               else ?::date end,
                   'DEMO-SQ-' || d.id, ?::date - 30,
                   (d.id % 6) * 100 * d.members, (d.id % 6) * 100, true,
                   'DEMO-HD-' || d.id, 'MANUAL',
                   case when d.kind = 'TEKUN' then (array['SELF', 'PARTIAL', 'FULL'])[1 + d.id % 3] end,
                   case when d.kind = 'TEKUN' then true end,
                   case when d.kind = 'LINSHI' then (array['EMERGENCY', 'EXPENDITURE'])[1 + d.id % 2] end,
                   case when d.kind = 'LINSHI' then 500 + (d.id % 5) * 300 end,
                   case when d.kind = 'LINSHI' then 500 + (d.id % 5) * 300
                        when d.kind = 'DIBAO' then (s.dibao_standard - (d.id % 6) * 100) * d.members
                        when d.kind = 'TEKUN' then round(s.tekun_multiplier * s.dibao_standard, 0) end,
                   case when d.kind <> 'OPEN' then -1 end,
                   case when d.kind <> 'OPEN' then '街道经办（演示）' end,
                   case when d.kind = 'LINSHI' then ?::date + (d.rn % 6)::int * 30 + 5
                        when d.kind <> 'OPEN' then ?::date + 5 end,
                   null, null,
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
             where d.kind in ('DIBAO', 'LINSHI', 'OPEN', 'TEKUN')""")
        .params(
            today,
            applied,
            applied,
            today,
            applied,
            applied,
            applied,
            applied,
            applied,
            startMonth,
            startMonth,
            startMonth,
            startMonth,
            startMonth,
            startMonth)
        .update();
  }

  /** One case per {@link WalkStep} in the demo community, dated by the step's plan. */
  private int insertWalk() {
    List<Plan> plans = Arrays.stream(WalkStep.values()).map(w -> w.plan(today, start)).toList();
    jdbc.sql(
            """
            create temp table demo_walk on commit drop as
            select * from unnest(?::int[], ?::text[], ?::text[], ?::date[], ?::date[], ?::date[],
                                 ?::date[], ?::date[], ?::date[], ?::date[], ?::date[], ?::date[],
                                 ?::date[])
                as w(step, state, type, applied_on, verified_on, visited_on, proposed_on,
                     publicity_from, publicity_to, objected_on, decided_on, start_month,
                     next_review_on)""")
        .params(
            plans.stream().map(p -> String.valueOf(p.step().ordinal())).toArray(String[]::new),
            plans.stream().map(p -> p.step().state().name()).toArray(String[]::new),
            plans.stream().map(p -> p.step().type().name()).toArray(String[]::new),
            dates(plans, Plan::appliedOn),
            dates(plans, Plan::verifiedOn),
            dates(plans, Plan::visitedOn),
            dates(plans, Plan::proposedOn),
            dates(plans, Plan::publicityFrom),
            dates(plans, Plan::publicityTo),
            dates(plans, Plan::objectedOn),
            dates(plans, Plan::decidedOn),
            dates(plans, Plan::startMonth),
            dates(plans, Plan::nextReviewOn))
        .update();
    int inserted =
        jdbc.sql(
                """
                insert into assistance.assistance_case
                  (case_no, type, category, household_id, applicant_person_id, applicant_name,
                   region_code, street_code, area_code, state, applied_on, deadline, consent_ref,
                   consent_signed_on, household_income, per_capita_income, assets_within_limits,
                   verification_ref, verification_source, linshi_kind, one_off_amount,
                   proposed_amount, proposed_by_id, proposed_by, proposed_on, publicity_from,
                   publicity_to, decided_by_id, decided_by, decided_on, start_month,
                   next_review_on, review_cycle_months, created_by, filed_by_id)
                select 'JZDEMO' || lpad(d.id::text, 9, '0'), w.type, c.category,
                       d.id, d.head_person_id, d.name, d.region_code, d.street, d.area, w.state,
                       -- the deadline: the application date until setDeadlines() counts it
                       w.applied_on, w.applied_on, 'DEMO-SQ-' || d.id, w.applied_on,
                       case when w.verified_on is not null then (d.id % 6) * 100 * d.members end,
                       case when w.verified_on is not null then (d.id % 6) * 100 end,
                       case when w.verified_on is not null then true end,
                       case when w.verified_on is not null then 'DEMO-HD-' || d.id end,
                       case when w.verified_on is not null then 'MANUAL' end,
                       case when w.type = 'LINSHI' then 'EMERGENCY' end,
                       case when w.type = 'LINSHI' then l.amount end,
                       case when w.proposed_on is null then null
                            when w.type = 'LINSHI' then l.amount
                            else (s.dibao_standard - (d.id % 6) * 100) * d.members end,
                       case when w.proposed_on is not null then -1 end,
                       case when w.proposed_on is not null then '街道经办（演示）' end,
                       w.proposed_on, w.publicity_from, w.publicity_to,
                       case when w.decided_on is not null then -2 end,
                       case when w.decided_on is not null then '区县审批（演示）' end,
                       w.decided_on, w.start_month, w.next_review_on,
                       case when c.category = 'SUPPORT' then 6 else 12 end, 'demo', -1
                  from demo_pick d
                  join demo_walk w on w.step = d.walk_step
                  join assistance.standards_in_force(?::date) s on s.area_code = d.area
                  -- above the township limit, within the county limit: the county decides
                  cross join lateral (select round((s.linshi_township_multiple
                                                    + s.linshi_county_multiple) / 2
                                                   * s.dibao_standard, 0) as amount) l
                  cross join lateral (select case when w.type = 'DIBAO'
                                             then (array['BOTTOM', 'SUPPORT', 'PROTECT'])[1 + d.id % 3]
                                             end as category) c
                 where d.kind = 'WALK'""")
            .param(today)
            .update();
    jdbc.sql(
            """
            insert into assistance.home_visit (case_id, visited_on, first_staff_id, first_staff,
                                               second_staff_id, second_staff, findings,
                                               countersigned_at)
            select c.id, w.visited_on, -3, '社区调查（演示）', -4, '街道调查（演示）',
                   '演示：家中陈设简陋，收入情况与申报一致', w.visited_on::timestamp
              from assistance.assistance_case c
              join demo_pick d on d.id = c.household_id and d.kind = 'WALK'
              join demo_walk w on w.step = d.walk_step
             where c.created_by = 'demo' and w.visited_on is not null""")
        .update();
    jdbc.sql(
            """
            insert into assistance.case_event (case_id, at, by_name, action, from_state, to_state,
                                               note)
            select c.id, e.at::timestamp, e.by_name, e.action, e.from_state, e.to_state, e.note
              from assistance.assistance_case c
              join demo_pick d on d.id = c.household_id and d.kind = 'WALK'
              join demo_walk w on w.step = d.walk_step
              cross join lateral (values
                (w.applied_on, '演示数据', 'file', null, 'APPLIED', '演示申请'),
                (case when w.state <> 'APPLIED' then w.applied_on + 1 end, '街道经办（演示）', 'accept', 'APPLIED', 'ACCEPTED', '演示受理'),
                (w.verified_on, '街道经办（演示）', 'verify', 'ACCEPTED', 'VERIFIED', '演示核对'),
                (w.visited_on, '社区调查（演示）', 'visit', 'VERIFIED', 'INVESTIGATED', '演示入户调查'),
                (w.proposed_on, '街道经办（演示）', 'township_review', 'INVESTIGATED',
                 case when w.type = 'LINSHI' then 'TOWNSHIP_APPROVED' else 'PUBLICITY' end,
                 '演示审核'),
                (w.objected_on, '公众', 'object', 'PUBLICITY', 'OBJECTED', '公示期间收到异议，案件暂停'),
                (w.decided_on, '区县审批（演示）', 'confirm', 'PUBLICITY', 'CONFIRMED', '演示确认'))
                as e(at, by_name, action, from_state, to_state, note)
             where c.created_by = 'demo' and e.at is not null""")
        .update();
    jdbc.sql(
            """
            insert into assistance.objection (case_id, lodged_at, lodged_on, content)
            select c.id, w.objected_on::timestamp, w.objected_on, '演示异议：该户家中另有经营收入，请核实'
              from assistance.assistance_case c
              join demo_pick d on d.id = c.household_id and d.kind = 'WALK'
              join demo_walk w on w.step = d.walk_step
             where c.created_by = 'demo' and w.objected_on is not null""")
        .update();
    return inserted;
  }

  /** ISO dates as text for a {@code date[]} parameter (the driver sends text arrays), null kept. */
  private static String[] dates(List<Plan> plans, Function<Plan, LocalDate> date) {
    return plans.stream()
        .map(date)
        .map(d -> d == null ? null : d.toString())
        .toArray(String[]::new);
  }

  /**
   * Every demo case's deadline: 30 working days after its application date by the city's calendar
   * (the rule {@code CaseApplications} applies to a real application), one look-up per date.
   */
  private void setDeadlines() {
    List<LocalDate> applied =
        jdbc.sql(
                "select distinct applied_on from assistance.assistance_case"
                    + " where created_by = 'demo' order by 1")
            .query(LocalDate.class)
            .list();
    jdbc.sql(
            """
            update assistance.assistance_case c set deadline = d.deadline
              from unnest(?::date[], ?::date[]) as d(applied_on, deadline)
             where c.created_by = 'demo' and c.applied_on = d.applied_on""")
        .params(
            applied.stream().map(LocalDate::toString).toArray(String[]::new),
            applied.stream()
                .map(d -> workingDays.plusWorkingDays(d, 30).toString())
                .toArray(String[]::new))
        .update();
  }

  private void insertMembersAndHistory() {
    jdbc.sql(
            """
            insert into assistance.case_member (case_id, person_id, name, relationship, birth_date,
                                                monthly_income, included)
            select c.id, p.id, p.name, case hm.relationship when 'HEAD' then '户主' else '家庭成员' end,
                   p.birth_date, coalesce(c.per_capita_income, 0), true
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
              from assistance.assistance_case where created_by = 'demo' and household_id not in (
                select id from demo_pick where kind = 'WALK')
            union all
            select id, decided_on::timestamp, '区县审批（演示）', 'confirm', 'CONFIRMED', '演示确认'
              from assistance.assistance_case where created_by = 'demo' and state = 'CONFIRMED'
               and household_id not in (select id from demo_pick where kind = 'WALK')""")
        .update();
  }
}
