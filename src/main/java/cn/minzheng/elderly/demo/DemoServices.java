package cn.minzheng.elderly.demo;

import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Set-based demo rows over the demo population, in the brief's proportions per 21 million
 * residents: 2.6万 home-service elders (0.124 %), 5,187 modified homes (0.025 %); 92 % of the
 * allowance recipients have a recent existence check, the others are overdue (suspended).
 */
@Component
class DemoServices {

  private final JdbcClient jdbc;

  DemoServices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Everyone 80+ a year ago counts as enrolled since then; most were checked in the last 5 months.
   */
  void allowanceHistory(YearMonth firstMonth) {
    LocalDate first = firstMonth.atDay(1);
    jdbc.sql(
            """
            insert into elderly.allowance_recipient (person_id, first_month, region_code)
            select id, ?, residence_region_code from registry.person_fact
             where life_status = 'ALIVE' and residence_region_code like '5101%'
               and birth_date <= (cast(? as date) - interval '80 years')::date
            on conflict do nothing""")
        .params(first, first.minusDays(1))
        .update();
    jdbc.sql(
            """
            insert into elderly.existence_verification (person_id, verified_on, method, by_staff,
                   note, region_code)
            select person_id, current_date - (person_id % 150)::int,
                   case when person_id % 3 = 0 then 'VISIT' when person_id % 3 = 1 then 'SELF'
                        else 'FAMILY' end,
                   'demo', '演示数据', region_code
              from elderly.allowance_recipient where person_id % 100 < 92""")
        .update();
  }

  void homeServices() {
    jdbc.sql(
            """
            insert into elderly.service_provider (name, region_code, contact, demo)
            select '演示居家服务中心' || d.n || '-' || g, d.code, '028-8700' || lpad(d.n::text, 4, '0'), true
              from (select left(residence_region_code, 9) || '000' as code,
                           row_number() over (order by left(residence_region_code, 9)) as n
                      from registry.person_fact group by left(residence_region_code, 9)) d,
                   generate_series(1, 1) g""")
        .update();
    jdbc.sql(
            """
            insert into elderly.provider_worker (provider_id, name, skills)
            select p.id, '护理员' || p.id || '-' || g, '助洁、助浴、精神慰藉'
              from elderly.service_provider p, generate_series(1, 3) g where p.demo""")
        .update();
    LocalDate today = ChinaTime.today();
    jdbc.sql(
            """
            insert into elderly.home_service_recipient (person_id, group_code, region_code,
                   enrolled_on, demo, created_by)
            select id, (array['TEKUN','DIBAO','DISABLED','SOLITARY','LOW_INCOME'])[1 + id % 5],
                   residence_region_code, ?, true, 'demo'
              from registry.person_fact
             where life_status = 'ALIVE' and birth_date <= ? and id % 1000 < 12
            on conflict do nothing""")
        .params(today.minusMonths(6), today.minusYears(70))
        .update();
    jdbc.sql(DemoSql.ORDERS).params(today).update();
    jdbc.sql(DemoSql.RECORDS).update();
  }

  void modifications() {
    jdbc.sql(DemoSql.MODIFICATION_CASES).params(ChinaTime.today()).update();
    jdbc.sql(DemoSql.MODIFICATION_ITEMS).update();
    jdbc.sql(
            """
            update elderly.modification_case c set plan_cost = s.cost,
                   subsidy = case when c.status = 'SUBSIDISED' then least(s.cost, 3000) end
              from (select case_id, sum(cost) as cost from elderly.modification_item
                     group by case_id) s where s.case_id = c.id and c.demo""")
        .update();
  }
}
