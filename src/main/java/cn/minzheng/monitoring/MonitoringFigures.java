package cn.minzheng.monitoring;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureSpec;
import cn.minzheng.cockpit.Measure;
import cn.minzheng.cockpit.SqlFigure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cockpit's monitoring figures: the low-income population on the register at the end of the
 * period (a person in several categories once), and the visits (巡访) made in the period.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringFigures {

  static final String MODULE = "动态监测";

  /** On the register on the period's last day: entered by then and not yet left. */
  private static final String ON_REGISTER =
      """
      r.since <= :to and (r.until is null or r.until > :to)
      and (:all or r.region_code = any(:codes))""";

  @Bean
  Figure lowIncomePopulationFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            new FigureSpec(
                "low-income-people",
                "低收入人口动态监测（期末）",
                Measure.PEOPLE,
                "人",
                BriefRow.LOW_INCOME_MONITORING,
                MODULE,
                1),
            """
            select r.region_code, count(distinct r.person_id) as value
              from monitoring.register_entry r
             where %s
             group by r.region_code"""
                .formatted(ON_REGISTER))
        .withRecords(
            """
            select 'P' || r.person_id as reference, coalesce(p.name, '') as name, r.region_code,
                   to_char(min(r.since), 'YYYY-MM-DD') as happened,
                   string_agg(case r.category when 'DIBAO' then '低保' when 'TEKUN' then '特困'
                                  when 'MARGINAL' then '低保边缘' when 'RIGID_EXPENDITURE' then '刚性支出困难'
                                  else '防返贫监测' end, '、' order by r.category) as detail,
                   1 as value, count(*) over () as total
              from monitoring.register_entry r
              left join registry.person_fact p on p.id = r.person_id
             where %s
             group by r.person_id, p.name, r.region_code
             order by r.region_code, name, r.person_id
             limit :limit offset :offset"""
                .formatted(ON_REGISTER));
  }

  @Bean
  Figure visitsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            new FigureSpec(
                "visits", "探访特殊困难人员", Measure.PERSON_TIMES, "人次", BriefRow.VISITS, MODULE, 1),
            """
            select region_code, count(*) as value from monitoring.visit
             where visited_on between :from and :to and (:all or region_code = any(:codes))
             group by region_code""")
        .withRecords(
            """
            select 'V' || v.id as reference, coalesce(p.name, '') as name, v.region_code,
                   to_char(v.visited_on, 'YYYY-MM-DD') as happened,
                   v.visitor || '：' || left(v.findings, 40) as detail,
                   1 as value, count(*) over () as total
              from monitoring.visit v
              left join registry.person_fact p on p.id = v.person_id
             where v.visited_on between :from and :to and (:all or v.region_code = any(:codes))
             order by v.visited_on, v.id
             limit :limit offset :offset""");
  }
}
