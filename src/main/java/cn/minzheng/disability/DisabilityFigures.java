package cn.minzheng.disability;

import static cn.minzheng.cockpit.Measure.MONEY;
import static cn.minzheng.cockpit.Measure.PERSON_TIMES;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureSpec;
import cn.minzheng.cockpit.Measure;
import cn.minzheng.payments.Programme;
import cn.minzheng.payments.ProgrammeFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cockpit's disability figures: person-times and money of the two subsidies (the brief counts
 * them together: 80.96万人次, 1.01亿元 in the half year), from the totals {@code payments} maintains.
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

  private static FigureSpec spec(
      String code, String label, Measure measure, String unit, int order) {
    return new FigureSpec(code, label, measure, unit, BriefRow.DISABILITY_SUBSIDIES, MODULE, order);
  }
}
