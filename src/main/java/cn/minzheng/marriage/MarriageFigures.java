package cn.minzheng.marriage;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureSpec;
import cn.minzheng.cockpit.Measure;
import cn.minzheng.cockpit.SqlFigure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cockpit's marriage figure: marriages registered in the period (couples), in the region of the
 * office that registered them.
 */
@Configuration(proxyBeanMethods = false)
class MarriageFigures {

  private static final String REGISTERED =
      """
      r.type = 'MARRIAGE' and r.registered_on between :from and :to
      and (:all or o.region_code::text = any(:codes))""";

  @Bean
  Figure marriageRegistrationsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            new FigureSpec(
                "marriage-registrations",
                "结婚登记",
                Measure.COUNT,
                "对",
                BriefRow.MARRIAGE_REGISTRATIONS,
                "婚姻登记",
                1),
            """
            select o.region_code::text as region_code, count(*) as value
              from marriage.registration r join marriage.office o on o.id = r.office_id
             where %s group by o.region_code"""
                .formatted(REGISTERED))
        .withRecords(
            """
            select r.certificate_no as reference,
                   concat_ws('、', p1.name, p2.name) as name, o.region_code::text as region_code,
                   to_char(r.registered_on, 'YYYY-MM-DD') as happened, o.name as detail,
                   1 as value, count(*) over () as total
              from marriage.registration r join marriage.office o on o.id = r.office_id
              left join registry.person_fact p1 on p1.id = r.person1_id
              left join registry.person_fact p2 on p2.id = r.person2_id
             where %s
             order by r.registered_on, r.certificate_no
             limit :limit offset :offset"""
                .formatted(REGISTERED));
  }
}
