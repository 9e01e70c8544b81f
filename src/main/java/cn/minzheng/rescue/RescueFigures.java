package cn.minzheng.rescue;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureSpec;
import cn.minzheng.cockpit.Measure;
import cn.minzheng.cockpit.SqlFigure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cockpit's 流浪乞讨人员救助 figure: person-times, one per intake admitted in the period, in the region
 * of the station.
 */
@Configuration(proxyBeanMethods = false)
class RescueFigures {

  static final String MODULE = "救助管理";

  private static final String ADMITTED =
      """
      i.admitted_on between :from and :to and (:all or i.region_code = any(:codes))""";

  private static final String RECORDS =
      """
      select i.intake_no as reference,
             coalesce(p.name, '身份不明（' || u.temporary_no || '）') as name, i.region_code,
             to_char(i.admitted_on, 'YYYY-MM-DD') as happened,
             case i.exit_kind when 'RETURNED_HOME' then '护送返乡' when 'PLACED' then '长期安置'
                  when 'LEFT' then '自行离站' when 'DIED' then '死亡' else '在站' end as detail,
             1 as value, count(*) over () as total
        from rescue.intake i
        left join rescue.unidentified u on u.id = i.unidentified_id
        left join registry.person_fact p on p.id = i.person_id
       where %s
       order by i.admitted_on, i.intake_no
       limit :limit offset :offset""";

  @Bean
  Figure rescuePersonTimesFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            new FigureSpec(
                "rescue-person-times",
                "流浪乞讨人员救助人次",
                Measure.PERSON_TIMES,
                "人次",
                BriefRow.VAGRANT_RESCUE,
                MODULE,
                1),
            """
            select i.region_code, count(*) as value from rescue.intake i
             where %s group by i.region_code"""
                .formatted(ADMITTED))
        .withRecords(RECORDS.formatted(ADMITTED));
  }
}
