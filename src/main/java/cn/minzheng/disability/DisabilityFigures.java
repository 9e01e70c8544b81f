package cn.minzheng.disability;

import static cn.minzheng.cockpit.Measure.COUNT;
import static cn.minzheng.cockpit.Measure.MONEY;
import static cn.minzheng.cockpit.Measure.PERSON_TIMES;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureSpec;
import cn.minzheng.cockpit.Measure;
import cn.minzheng.cockpit.SqlFigure;
import cn.minzheng.payments.Programme;
import cn.minzheng.payments.ProgrammeFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cockpit's disability figures: person-times and money of the two subsidies (the brief counts
 * them together: 80.96万人次, 1.01亿元 in the half year), from the totals {@code payments} maintains;
 * assistive-device rentals handed out (the brief counts them cumulatively: 3.4万), by the region of
 * the service point.
 */
@Configuration(proxyBeanMethods = false)
class DisabilityFigures {

  static final String MODULE = "残疾人福利";

  @Bean
  Figure disabilityLivingPersonTimesFigure(ProgrammeFigures programmes) {
    return programmes.personTimes(
        Programme.DISABILITY_LIVING,
        spec("disability-living-person-times", "困难残疾人生活补贴人次", PERSON_TIMES, "人次", 1));
  }

  @Bean
  Figure disabilityCarePersonTimesFigure(ProgrammeFigures programmes) {
    return programmes.personTimes(
        Programme.DISABILITY_CARE,
        spec("disability-care-person-times", "重度残疾人护理补贴人次", PERSON_TIMES, "人次", 2));
  }

  @Bean
  Figure disabilityLivingMoneyFigure(ProgrammeFigures programmes) {
    return programmes.money(
        Programme.DISABILITY_LIVING, spec("disability-living-money", "困难残疾人生活补贴金额", MONEY, "元", 3));
  }

  @Bean
  Figure disabilityCareMoneyFigure(ProgrammeFigures programmes) {
    return programmes.money(
        Programme.DISABILITY_CARE, spec("disability-care-money", "重度残疾人护理补贴金额", MONEY, "元", 4));
  }

  /** Rentals handed out up to the period's last day (cumulative, as the brief counts them). */
  @Bean
  Figure assistiveDeviceRentalsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        new FigureSpec(
            "assistive-device-rentals",
            "辅具租赁（累计）",
            COUNT,
            "次",
            BriefRow.ASSISTIVE_DEVICES,
            MODULE,
            1),
        """
        select p.region_code, count(*) as value
          from disability.rental r join disability.service_point p on p.id = r.point_id
         where r.handed_out_on <= :to and (:all or p.region_code = any(:codes))
         group by p.region_code""");
  }

  /** Service records of the community rehabilitation stations in the period (人次). */
  @Bean
  Figure mentalHealthRehabPersonTimesFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        new FigureSpec(
            "mental-health-rehab-person-times",
            "精神障碍社区康复服务人次",
            PERSON_TIMES,
            "人次",
            BriefRow.MENTAL_HEALTH_REHABILITATION,
            MODULE,
            1),
        """
        select region_code, count(*) as value from disability.rehab_service
         where served_on between :from and :to and (:all or region_code = any(:codes))
         group by region_code""");
  }

  /** Community rehabilitation stations (count, by their region). */
  @Bean
  Figure mentalHealthRehabStationsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        new FigureSpec(
            "mental-health-rehab-stations",
            "精神障碍社区康复站点",
            COUNT,
            "个",
            BriefRow.MENTAL_HEALTH_REHABILITATION,
            MODULE,
            2),
        """
        select region_code, count(*) as value from disability.rehab_station
         where (:all or region_code = any(:codes)) group by region_code""");
  }

  private static FigureSpec spec(
      String code, String label, Measure measure, String unit, int order) {
    return new FigureSpec(code, label, measure, unit, BriefRow.DISABILITY_SUBSIDIES, MODULE, order);
  }
}
