package cn.minzheng.socialwork;

import static cn.minzheng.cockpit.Measure.COUNT;
import static cn.minzheng.cockpit.Measure.PEOPLE;
import static cn.minzheng.cockpit.Measure.PERSON_TIMES;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureSpec;
import cn.minzheng.cockpit.Measure;
import cn.minzheng.cockpit.SqlFigure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cockpit's social-work and self-governance figures: certified workers active and registered by
 * the period's last day, agencies, community posts (SOCIAL_WORKERS); people served by the care
 * action in the period, each person once, and the services (SOCIAL_WORK_CARE); conventions adopted
 * by the period's last day (VILLAGE_CONVENTIONS, one per community).
 */
@Configuration(proxyBeanMethods = false)
class SocialWorkFigures {

  static final String MODULE = "社会工作与基层治理";

  private static final String SERVED =
      "r.served_on between :from and :to and (:all or r.region_code = any(:codes))";

  @Bean
  Figure socialWorkersFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            spec("social-workers", "持证社工", PEOPLE, "人", BriefRow.SOCIAL_WORKERS, 1),
            """
            select w.region_code, count(*) as value from socialwork.social_worker w
             where w.active and (w.created_at at time zone 'Asia/Shanghai')::date <= :to
               and (:all or w.region_code = any(:codes))
             group by w.region_code""")
        .withRecords(
            """
            select 'W' || w.id as reference, coalesce(p.name, '') as name, w.region_code,
                   to_char(w.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as happened,
                   case w.level when 'ASSISTANT' then '助理社会工作师'
                                when 'INTERMEDIATE' then '社会工作师' else '高级社会工作师' end
                     || '，证书' || w.certificate_number as detail,
                   1 as value, count(*) over () as total
              from socialwork.social_worker w
              left join registry.person_fact p on p.id = w.person_id
             where w.active and (w.created_at at time zone 'Asia/Shanghai')::date <= :to
               and (:all or w.region_code = any(:codes))
             order by w.region_code, w.id
             limit :limit offset :offset""");
  }

  @Bean
  Figure agenciesFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        spec("social-work-agencies", "社工机构", COUNT, "家", BriefRow.SOCIAL_WORKERS, 2),
        """
        select region_code, count(*) as value from socialwork.agency
         where (created_at at time zone 'Asia/Shanghai')::date <= :to
           and (:all or region_code = any(:codes))
         group by region_code""");
  }

  @Bean
  Figure postsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        spec("social-work-posts", "社区社工岗位", COUNT, "个", BriefRow.SOCIAL_WORKERS, 3),
        """
        select community_code as region_code, count(*) as value from socialwork.post
         where (created_at at time zone 'Asia/Shanghai')::date <= :to
           and (:all or community_code = any(:codes))
         group by community_code""");
  }

  @Bean
  Figure carePeopleFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            spec("social-work-care-people", "社工关爱服务人数", PEOPLE, "人", BriefRow.SOCIAL_WORK_CARE, 1),
            """
            select r.region_code, count(distinct r.person_id) as value
              from socialwork.service_record r where %s group by r.region_code"""
                .formatted(SERVED))
        .withRecords(
            """
            select 'P' || r.person_id as reference, coalesce(p.name, '') as name, r.region_code,
                   to_char(min(r.served_on), 'YYYY-MM-DD') as happened,
                   count(*) || '次服务，共' || sum(r.minutes) || '分钟' as detail,
                   count(*) as value, count(*) over () as total
              from socialwork.service_record r
              left join registry.person_fact p on p.id = r.person_id
             where %s
             group by r.person_id, p.name, r.region_code
             order by r.region_code, name, r.person_id
             limit :limit offset :offset"""
                .formatted(SERVED));
  }

  @Bean
  Figure careServicesFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        spec(
            "social-work-care-services",
            "社工关爱服务人次",
            PERSON_TIMES,
            "人次",
            BriefRow.SOCIAL_WORK_CARE,
            2),
        """
        select r.region_code, count(*) as value
          from socialwork.service_record r where %s group by r.region_code"""
            .formatted(SERVED));
  }

  @Bean
  Figure conventionsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            spec("conventions", "村规民约、居民公约", COUNT, "个", BriefRow.VILLAGE_CONVENTIONS, 1),
            """
            select community_code as region_code, count(*) as value from socialwork.convention
             where adopted_on <= :to and (:all or community_code = any(:codes))
             group by community_code""")
        .withRecords(
            """
            select 'C' || id as reference, title as name, community_code as region_code,
                   to_char(adopted_on, 'YYYY-MM-DD') as happened,
                   case kind when 'VILLAGE' then '村规民约' else '居民公约' end || '，' || meeting
                     as detail,
                   1 as value, count(*) over () as total
              from socialwork.convention
             where adopted_on <= :to and (:all or community_code = any(:codes))
             order by community_code
             limit :limit offset :offset""");
  }

  private static FigureSpec spec(
      String code, String label, Measure measure, String unit, BriefRow row, int order) {
    return new FigureSpec(code, label, measure, unit, row, MODULE, order);
  }
}
