package cn.minzheng.elderly;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureSpec;
import cn.minzheng.cockpit.Measure;
import cn.minzheng.cockpit.SqlFigure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 静默认证 in the cockpit (row 高龄津贴): the elders whose existence check in the period was a trace in the
 * departmental feeds, and their share of all elders checked in the period (per thousand, the
 * cockpit's rate; 1,000 = all confirmed silently). Chosen per month, it is the monthly share to
 * quote.
 */
@Configuration(proxyBeanMethods = false)
class SilentCheckFigures {

  private static final String IN_PERIOD =
      """
      v.verified_on between :from and :to and (:all or v.region_code = any(:codes))""";

  @Bean
  Figure silentCheckPeopleFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            new FigureSpec(
                "gaoling-silent-checks",
                "静默认证人数（部门数据确认生存）",
                Measure.PEOPLE,
                "人",
                BriefRow.ADVANCED_AGE_ALLOWANCE,
                ElderlyFigures.MODULE,
                3),
            """
            select v.region_code, count(distinct v.person_id) as value
              from elderly.existence_verification v
             where v.method = 'SILENT' and %s group by v.region_code"""
                .formatted(IN_PERIOD))
        .withRecords(
            """
            select 'V' || v.id as reference, coalesce(p.name, '') as name, v.region_code,
                   to_char(v.verified_on, 'YYYY-MM-DD') as happened, v.note as detail,
                   1 as value, count(*) over () as total
              from elderly.existence_verification v
              left join registry.person_fact p on p.id = v.person_id
             where v.method = 'SILENT' and %s
             order by v.verified_on, v.id
             limit :limit offset :offset"""
                .formatted(IN_PERIOD));
  }

  @Bean
  Figure silentCheckShareFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        new FigureSpec(
            "gaoling-silent-share",
            "静默认证占生存认证比例（每千人）",
            Measure.PER_THOUSAND,
            "‰",
            BriefRow.ADVANCED_AGE_ALLOWANCE,
            ElderlyFigures.MODULE,
            4),
        """
        select v.region_code,
               count(distinct v.person_id) filter (where v.method = 'SILENT') as value,
               count(distinct v.person_id) as base
          from elderly.existence_verification v
         where %s group by v.region_code"""
            .formatted(IN_PERIOD));
  }
}
