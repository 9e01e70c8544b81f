package cn.minzheng.assistance;

import static cn.minzheng.cockpit.Measure.MONEY;
import static cn.minzheng.cockpit.Measure.PEOPLE;
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
 * The cockpit's social-assistance figures: people and money of 低保, 特困 and 临时救助 from the totals
 * {@code payments} maintains, and the new 低保 recipients counted from the cases confirmed in the
 * period (the members included when the county confirmed them).
 */
@Configuration(proxyBeanMethods = false)
class AssistanceFigures {

  static final String MODULE = "社会救助";

  @Bean
  Figure dibaoPeopleFigure(ProgrammeFigures programmes) {
    return programmes.peopleInLastMonth(
        Programme.DIBAO, spec("dibao-people", "低保保障人数（期末月）", PEOPLE, "人", BriefRow.DIBAO_PAID, 1));
  }

  @Bean
  Figure dibaoMoneyFigure(ProgrammeFigures programmes) {
    return programmes.money(
        Programme.DIBAO, spec("dibao-money", "低保金", MONEY, "元", BriefRow.DIBAO_PAID, 2));
  }

  @Bean
  Figure tekunPeopleFigure(ProgrammeFigures programmes) {
    return programmes.peopleInLastMonth(
        Programme.TEKUN, spec("tekun-people", "特困供养人数（期末月）", PEOPLE, "人", BriefRow.TEKUN_PAID, 1));
  }

  @Bean
  Figure tekunMoneyFigure(ProgrammeFigures programmes) {
    return programmes.money(
        Programme.TEKUN, spec("tekun-money", "特困供养金", MONEY, "元", BriefRow.TEKUN_PAID, 2));
  }

  @Bean
  Figure linshiPersonTimesFigure(ProgrammeFigures programmes) {
    return programmes.personTimes(
        Programme.LINSHI,
        spec(
            "linshi-person-times", "临时救助人次", PERSON_TIMES, "人次", BriefRow.TEMPORARY_ASSISTANCE, 1));
  }

  @Bean
  Figure linshiMoneyFigure(ProgrammeFigures programmes) {
    return programmes.money(
        Programme.LINSHI,
        spec("linshi-money", "临时救助金", MONEY, "元", BriefRow.TEMPORARY_ASSISTANCE, 2));
  }

  /** A 低保 case counts when the county confirmed it in the period (ended later or not). */
  @Bean
  Figure newDibaoRecipientsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            spec("dibao-new-people", "新增低保对象", PEOPLE, "人", BriefRow.NEW_DIBAO, 1),
            """
            select c.region_code, count(*) as value
              from assistance.assistance_case c
              join assistance.case_member m on m.case_id = c.id and m.included
             where c.type = 'DIBAO' and c.start_month is not null
               and c.decided_on between :from and :to
               and (:all or c.region_code = any(:codes))
             group by c.region_code""")
        .withRecords(
            """
            select c.case_no as reference, c.applicant_name as name, c.region_code,
                   to_char(c.decided_on, 'YYYY-MM-DD') as happened,
                   '纳入低保，保障' || count(m.person_id) || '人' as detail,
                   count(m.person_id) as value, count(*) over () as total
              from assistance.assistance_case c
              join assistance.case_member m on m.case_id = c.id and m.included
             where c.type = 'DIBAO' and c.start_month is not null
               and c.decided_on between :from and :to
               and (:all or c.region_code = any(:codes))
             group by c.id
             order by c.decided_on, c.case_no
             limit :limit offset :offset""");
  }

  private static FigureSpec spec(
      String code, String label, Measure measure, String unit, BriefRow row, int order) {
    return new FigureSpec(code, label, measure, unit, row, MODULE, order);
  }
}
