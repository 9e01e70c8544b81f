package cn.minzheng.assistance.run;

/**
 * The set-based queries of the monthly run, one per programme. Each takes one parameter, the first
 * day of the month, and returns {@code person_id, amount, basis, region_code, case_ref} as {@code
 * Entitlements.replaceMonthFrom} wants them.
 *
 * <p>Common rules: a case pays from its start month (the month after confirmation) up to its end
 * month; the standard is the version in force on the first day of the month in the case's
 * county-level area ({@code assistance.standards_in_force}, the one definition); a person in two
 * cases of one programme (a move between households) is paid once, from the older case; a member
 * who died is paid up to the month of death, and from the next month the household is computed for
 * the remaining members (the deceased's own income leaves the household income with them).
 *
 * <p>The basis is JSON put together by concatenation: json_build_object for each of a million rows
 * cost seconds of the run, and every value here is a number or a fixed code.
 */
final class EntitlementQueries {

  private EntitlementQueries() {}

  private static final String COMMON =
      """
      with p as (select ?::date as m),
      std as (select s.* from p, assistance.standards_in_force(p.m) s),
      c as (
        select c.id, c.case_no, c.region_code, c.category, c.care_level, c.proposed_amount,
               c.applicant_person_id, c.start_month, std.dibao_standard, std.minimum_per_person,
               std.tekun_multiplier, std.care_self, std.care_partial, std.care_full,
               (select i.household_income from assistance.case_income i
                 where i.case_id = c.id and i.from_month <= p.m
                 order by i.from_month desc limit 1) as income
          from assistance.assistance_case c
          join std on std.area_code = c.area_code
          cross join p
         where c.type = :type and c.state in ('CONFIRMED', 'ENDED')
           and c.start_month <= p.m and (c.end_month is null or c.end_month >= p.m)),
      alive as (
        select m.case_id, m.person_id, m.included, m.monthly_income
          from assistance.case_member m join c on c.id = m.case_id cross join p
         where m.died_on is null or date_trunc('month', m.died_on) >= p.m),
      gone as (
        select d.case_id, sum(d.monthly_income) as income
          from assistance.case_member d cross join p
         where d.died_on is not null and date_trunc('month', d.died_on) < p.m
         group by d.case_id),
      hh as (
        select c.id,
               count(a.person_id) as members,
               greatest(coalesce(c.income, 0) - coalesce(min(g.income), 0), 0) as income
          from c join alive a on a.case_id = c.id
          left join gone g on g.case_id = c.id
         group by c.id, c.income)
      """;

  /** 低保: (standard − per-capita income), at least the minimum, for each included member. */
  static final String DIBAO =
      COMMON.replace(":type", "'DIBAO'")
          + """
          , per_person as (
            select c.id, c.case_no, c.region_code, a.person_id, c.dibao_standard as std,
                   c.minimum_per_person as minimum, hh.members,
                   case when c.category = 'SINGLE' then a.monthly_income
                        else round(hh.income / hh.members, 2) end as pci
              from c join hh on hh.id = c.id join alive a on a.case_id = c.id
             where a.included)
          select distinct on (person_id)
                 person_id, greatest(std - pci, minimum)::numeric(12, 2) as amount,
                 '{"rule":"低保差额","standard":' || std || ',"perCapitaIncome":' || pci
                   || ',"members":' || members || ',"minimum":' || minimum || '}' as basis,
                 region_code, case_no
            from per_person
           where pci < std
           order by person_id, case_no""";

  /** 特困: basic (multiplier × standard, half up to the yuan) plus the care allowance. */
  static final String TEKUN =
      COMMON.replace(":type", "'TEKUN'")
          + """
          select distinct on (a.person_id) a.person_id,
                 (round(c.tekun_multiplier * c.dibao_standard, 0)
                  + case c.care_level when 'FULL' then c.care_full
                                      when 'PARTIAL' then c.care_partial
                                      else c.care_self end)::numeric(12, 2) as amount,
                 '{"rule":"特困基本生活+照料护理","standard":' || c.dibao_standard
                   || ',"multiplier":' || c.tekun_multiplier || ',"careLevel":'
                   || coalesce('"' || c.care_level || '"', 'null') || '}',
                 c.region_code, c.case_no
            from c join alive a on a.case_id = c.id
           where a.included
           order by a.person_id, c.case_no""";

  /** 临时救助: the one-off amount to the applicant, in the month after approval only. */
  static final String LINSHI =
      COMMON.replace(":type", "'LINSHI'")
          + """
          select distinct on (c.applicant_person_id)
                 c.applicant_person_id, c.proposed_amount::numeric(12, 2),
                 '{"rule":"临时救助一次性","amount":' || c.proposed_amount || '}',
                 c.region_code, c.case_no
            from c cross join p
           where c.start_month = p.m and c.proposed_amount > 0
             and exists (select 1 from alive a where a.case_id = c.id
                          and a.person_id = c.applicant_person_id)
           order by c.applicant_person_id, c.case_no""";
}
