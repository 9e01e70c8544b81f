package cn.minzheng.funeral;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureSpec;
import cn.minzheng.cockpit.Measure;
import cn.minzheng.cockpit.SqlFigure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cockpit's funeral figures: families paid a 惠民殡葬 or eco-burial subsidy in the period (one per
 * death, by the month of payment) and the money, in the deceased's region.
 */
@Configuration(proxyBeanMethods = false)
class FuneralFigures {

  static final String MODULE = "殡葬管理";

  private static final String PAID =
      """
      p.pay_month between :fromMonth and :toMonth and (:all or p.region_code = any(:codes))""";

  private static final String RECORDS =
      """
      select p.case_no as reference, coalesce(d.name, '') as name, p.region_code,
             to_char(p.pay_month, 'YYYY-MM') as happened,
             case c.beneficiary_group when 'TEKUN' then '特困人员' when 'DIBAO' then '低保对象'
                  when 'RESIDENT' then '本市户籍居民' when 'UNIDENTIFIED' then '无名遗体'
                  else '非本市户籍' end as detail,
             p.amount as value, count(*) over () as total
        from funeral.subsidy_payment p
        join funeral.subsidy_case c on c.id = p.case_id
        left join registry.person_fact d on d.id = p.deceased_person_id
       where %s
       order by p.pay_month, p.case_no
       limit :limit offset :offset""";

  @Bean
  Figure funeralFamiliesFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            new FigureSpec(
                "funeral-families",
                "惠民殡葬和生态安葬补贴户数",
                Measure.HOUSEHOLDS,
                "户",
                BriefRow.FUNERAL_SUBSIDIES,
                MODULE,
                2),
            """
            select p.region_code, count(*) as value from funeral.subsidy_payment p
             where %s group by p.region_code"""
                .formatted(PAID))
        .withRecords(RECORDS.formatted(PAID));
  }

  @Bean
  Figure funeralMoneyFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        new FigureSpec(
            "funeral-money",
            "惠民殡葬和生态安葬补贴金额",
            Measure.MONEY,
            "元",
            BriefRow.FUNERAL_SUBSIDIES,
            MODULE,
            1),
        """
        select p.region_code, sum(p.amount) as value from funeral.subsidy_payment p
         where %s group by p.region_code"""
            .formatted(PAID));
  }

  @Bean
  Figure comprehensiveHallsFigure(JdbcClient jdbc) {
    return halls(jdbc, "funeral-halls-comprehensive", "综合告别厅", "COMPREHENSIVE", 1);
  }

  @Bean
  Figure convenienceHallsFigure(JdbcClient jdbc) {
    return halls(jdbc, "funeral-halls-convenience", "便民告别厅", "CONVENIENCE", 2);
  }

  /** Halls in use (active) at the end of the period, in the region of their funeral home. */
  private static Figure halls(JdbcClient jdbc, String code, String label, String kind, int order) {
    return SqlFigure.of(
        jdbc,
        new FigureSpec(code, label, Measure.COUNT, "个", BriefRow.MEMORIAL_HALLS, MODULE, order),
        """
        select f.region_code, count(*) as value
          from funeral.hall h join funeral.facility f on f.id = h.facility_id
         where h.active and h.kind = '%s'
           and (:all or f.region_code = any(:codes))
         group by f.region_code"""
            .formatted(kind));
  }
}
