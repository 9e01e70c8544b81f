package cn.minzheng.children;

import static cn.minzheng.cockpit.Measure.COUNT;
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
 * The cockpit's children figures: 特殊群体儿童补贴 as person-times and money of the two programmes (the
 * totals payments maintains; brief: 1.61万人次, 1,936.9万元 in the half year), and the protection
 * network's units in force (brief: 17 centres, 261 workstations, 2,436 points), and the care
 * programme (关爱行动; brief: 240 schools, 34.5万 pupils, 700+ special-group children): its schools, and
 * the pupils and special-group children screened by files imported in the period.
 */
@Configuration(proxyBeanMethods = false)
class ChildrenFigures {

  static final String MODULE = "儿童福利";

  private static final String UNITS =
      """
      select region_code, count(*) as value from children.network_unit
       where active and kind = '%s' and (:all or region_code = any(:codes)) group by region_code""";

  @Bean
  Figure orphanPersonTimesFigure(ProgrammeFigures programmes) {
    return programmes.personTimes(
        Programme.ORPHAN,
        spec(
            "orphan-person-times",
            "孤儿基本生活费人次",
            PERSON_TIMES,
            "人次",
            BriefRow.CHILDREN_SUBSIDIES,
            1));
  }

  @Bean
  Figure orphanMoneyFigure(ProgrammeFigures programmes) {
    return programmes.money(
        Programme.ORPHAN,
        spec("orphan-money", "孤儿基本生活费金额", MONEY, "元", BriefRow.CHILDREN_SUBSIDIES, 2));
  }

  @Bean
  Figure unsupportedChildPersonTimesFigure(ProgrammeFigures programmes) {
    return programmes.personTimes(
        Programme.UNSUPPORTED_CHILD,
        spec(
            "unsupported-child-person-times",
            "事实无人抚养儿童补贴人次",
            PERSON_TIMES,
            "人次",
            BriefRow.CHILDREN_SUBSIDIES,
            3));
  }

  @Bean
  Figure unsupportedChildMoneyFigure(ProgrammeFigures programmes) {
    return programmes.money(
        Programme.UNSUPPORTED_CHILD,
        spec(
            "unsupported-child-money", "事实无人抚养儿童补贴金额", MONEY, "元", BriefRow.CHILDREN_SUBSIDIES, 4));
  }

  @Bean
  Figure protectionCentresFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        spec("protection-centres", "未成年人保护中心", COUNT, "个", BriefRow.MINOR_PROTECTION_NETWORK, 1),
        UNITS.formatted("CENTRE"));
  }

  @Bean
  Figure protectionWorkstationsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        spec(
            "protection-workstations",
            "街道未成年人保护工作站",
            COUNT,
            "个",
            BriefRow.MINOR_PROTECTION_NETWORK,
            2),
        UNITS.formatted("WORKSTATION"));
  }

  @Bean
  Figure protectionPointsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        spec("protection-points", "社区儿童服务点", COUNT, "个", BriefRow.MINOR_PROTECTION_NETWORK, 3),
        UNITS.formatted("POINT"));
  }

  private static final String SCREENED =
      """
      select p.region_code, count(*) as value
        from children.screening_pupil p
        join children.screening_import i on i.id = p.import_id
       where i.imported_on between :from and :to %s
         and (:all or p.region_code = any(:codes))
       group by p.region_code""";

  @Bean
  Figure careSchoolsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        spec("care-schools", "关爱行动学校", COUNT, "所", BriefRow.MINOR_CARE_ACTION, 1),
        """
        select region_code, count(*) as value from children.school
         where active and (:all or region_code = any(:codes)) group by region_code""");
  }

  @Bean
  Figure carePupilsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        spec("care-pupils", "关爱行动筛查学生", PEOPLE, "人", BriefRow.MINOR_CARE_ACTION, 2),
        SCREENED.formatted(""));
  }

  @Bean
  Figure careSpecialChildrenFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        spec("care-special-children", "关爱行动特殊群体儿童", PEOPLE, "人", BriefRow.MINOR_CARE_ACTION, 3),
        SCREENED.formatted("and p.special_category is not null"));
  }

  private static FigureSpec spec(
      String code, String label, Measure measure, String unit, BriefRow row, int order) {
    return new FigureSpec(code, label, measure, unit, row, MODULE, order);
  }
}
