package cn.minzheng.placenames;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureSpec;
import cn.minzheng.cockpit.Measure;
import cn.minzheng.cockpit.SqlFigure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cockpit's place-name figures: naming and renaming applications approved in the period, in the
 * region the place lies in (brief: 153 in 2023 H1); residential-area and building names filed (the
 * bureau agreed) in the period (brief: 189).
 */
@Configuration(proxyBeanMethods = false)
class PlaceNameFigures {

  private static final String APPROVED =
      """
      a.status = 'APPROVED' and a.decided_on between :from and :to
      and (:all or a.region_code = any(:codes))""";

  @Bean
  Figure placeNameApprovalsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            new FigureSpec(
                "place-name-approvals",
                "地名审批",
                Measure.COUNT,
                "个",
                BriefRow.PLACE_NAMES,
                "地名管理",
                1),
            """
            select a.region_code as region_code, count(*) as value
              from placenames.application a
             where %s group by a.region_code"""
                .formatted(APPROVED))
        .withRecords(
            """
            select a.id::text as reference, a.proposed_name as name, a.region_code as region_code,
                   to_char(a.decided_on, 'YYYY-MM-DD') as happened,
                   case a.kind when 'NAME' then '命名' else '更名' end as detail,
                   1 as value, count(*) over () as total
              from placenames.application a
             where %s
             order by a.decided_on, a.id
             limit :limit offset :offset"""
                .formatted(APPROVED));
  }

  private static final String FILED =
      """
      f.status = 'FILED' and f.decided_on between :from and :to
      and (:all or f.region_code = any(:codes))""";

  @Bean
  Figure buildingNameFilingsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            new FigureSpec(
                "building-name-filings",
                "楼宇名称备案",
                Measure.COUNT,
                "个",
                BriefRow.PLACE_NAMES,
                "地名管理",
                2),
            """
            select f.region_code as region_code, count(*) as value
              from placenames.building_filing f
             where %s group by f.region_code"""
                .formatted(FILED))
        .withRecords(
            """
            select f.filing_no as reference, f.name as name, f.region_code as region_code,
                   to_char(f.decided_on, 'YYYY-MM-DD') as happened,
                   case f.kind when 'RESIDENTIAL' then '居民区' else '建筑物' end as detail,
                   1 as value, count(*) over () as total
              from placenames.building_filing f
             where %s
             order by f.decided_on, f.id
             limit :limit offset :offset"""
                .formatted(FILED));
  }
}
