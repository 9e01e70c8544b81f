package cn.minzheng.elderly;

import static cn.minzheng.cockpit.Measure.COUNT;
import static cn.minzheng.cockpit.Measure.HOUSEHOLDS;
import static cn.minzheng.cockpit.Measure.MONEY;
import static cn.minzheng.cockpit.Measure.PEOPLE;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureSpec;
import cn.minzheng.cockpit.Measure;
import cn.minzheng.cockpit.SqlFigure;
import cn.minzheng.elderly.facility.FacilityType;
import cn.minzheng.payments.Programme;
import cn.minzheng.payments.ProgrammeFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cockpit's elderly-care figures: 高龄津贴 people and money from the totals {@code payments}
 * maintains; home services (people served, money of the services) from the service records; home
 * modification households (accepted or subsidised, applied in the period, as the module's board
 * counts them); filed institutions and their beds at the end of the period; facilities opened in
 * the period by the construction programme (all, and the three kinds the report names) and the
 * programme's money spent on them; relief grants to institutions (纾困资金) by the day granted.
 */
@Configuration(proxyBeanMethods = false)
class ElderlyFigures {

  static final String MODULE = "养老服务";

  /** Filed (备案) by the period's last day and still filed today: a published institution. */
  private static final String FILED =
      """
      status = 'FILED' and filed_on <= :to and (:all or region_code = any(:codes))""";

  private static final String SERVED =
      """
      r.served_at >= :start and r.served_at < :end and (:all or r.region_code = any(:codes))""";

  private static final String MODIFIED =
      """
      m.status in ('ACCEPTED', 'SUBSIDISED') and m.applied_on between :from and :to
      and (:all or m.region_code = any(:codes))""";

  /** Opened in the period: a facility whose opening is not known is never new. */
  private static final String OPENED =
      """
      f.opened_on between :from and :to and (:all or f.region_code = any(:codes))""";

  private static final String GRANTED =
      """
      g.granted_on between :from and :to and (:all or g.region_code = any(:codes))""";

  @Bean
  Figure newFacilitiesFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            spec("new-facilities", "新建养老设施（期内启用）", COUNT, "个", BriefRow.NEW_ELDERLY_FACILITIES, 1),
            """
            select f.region_code, count(*) as value from elderly.facility f
             where %s group by f.region_code"""
                .formatted(OPENED))
        .withRecords(
            """
            select 'F' || f.id as reference, f.name, f.region_code,
                   to_char(f.opened_on, 'YYYY-MM-DD') as happened,
                   %s || '，' || f.address as detail,
                   coalesce(f.construction_fund, 0) as value, count(*) over () as total
              from elderly.facility f where %s
             order by f.opened_on, f.id
             limit :limit offset :offset"""
                .formatted(typeLabel("f.type"), OPENED));
  }

  @Bean
  Figure newDementiaFriendlyFigure(JdbcClient jdbc) {
    return newOfType(jdbc, FacilityType.DEMENTIA_FRIENDLY, "new-dementia-friendly", 2);
  }

  @Bean
  Figure newMealPointsFigure(JdbcClient jdbc) {
    return newOfType(jdbc, FacilityType.MEAL_POINT, "new-meal-points", 3);
  }

  @Bean
  Figure newCommunityComplexesFigure(JdbcClient jdbc) {
    return newOfType(jdbc, FacilityType.COMMUNITY_COMPLEX, "new-community-complexes", 4);
  }

  @Bean
  Figure newFacilityFundsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        spec("new-facility-funds", "新建养老设施建设资金", MONEY, "元", BriefRow.NEW_ELDERLY_FACILITIES, 5),
        """
        select f.region_code, sum(f.construction_fund) as value from elderly.facility f
         where f.construction_fund is not null and %s group by f.region_code"""
            .formatted(OPENED));
  }

  @Bean
  Figure reliefFundsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            spec(
                "institution-relief-money",
                "养老机构纾困资金",
                MONEY,
                "元",
                BriefRow.INSTITUTION_RELIEF_FUNDS,
                1),
            """
            select g.region_code, sum(g.amount) as value from elderly.institution_relief_grant g
             where %s group by g.region_code"""
                .formatted(GRANTED))
        .withRecords(
            """
            select coalesce(i.receipt_number, 'I' || i.id) as reference, i.name, g.region_code,
                   to_char(g.granted_on, 'YYYY-MM-DD') as happened, g.purpose as detail,
                   g.amount as value, count(*) over () as total
              from elderly.institution_relief_grant g
              join elderly.institution i on i.id = g.institution_id
             where %s
             order by g.granted_on, g.id
             limit :limit offset :offset"""
                .formatted(GRANTED));
  }

  @Bean
  Figure reliefInstitutionsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        spec(
            "institution-relief-count",
            "获纾困资金养老机构",
            COUNT,
            "家",
            BriefRow.INSTITUTION_RELIEF_FUNDS,
            2),
        """
        select g.region_code, count(distinct g.institution_id) as value
          from elderly.institution_relief_grant g where %s group by g.region_code"""
            .formatted(GRANTED));
  }

  private static Figure newOfType(JdbcClient jdbc, FacilityType type, String code, int order) {
    return SqlFigure.of(
        jdbc,
        spec(code, "新建" + type.label(), COUNT, "个", BriefRow.NEW_ELDERLY_FACILITIES, order),
        """
        select f.region_code, count(*) as value from elderly.facility f
         where f.type = '%s' and %s group by f.region_code"""
            .formatted(type.name(), OPENED));
  }

  /** The Chinese label of a facility type column, from the one enum that names the types. */
  private static String typeLabel(String column) {
    StringBuilder sql = new StringBuilder("case " + column);
    for (FacilityType t : FacilityType.values()) {
      sql.append(" when '").append(t.name()).append("' then '").append(t.label()).append("'");
    }
    return sql.append(" end").toString();
  }

  @Bean
  Figure advancedAgePeopleFigure(ProgrammeFigures programmes) {
    return programmes.peopleInLastMonth(
        Programme.GAOLING,
        spec("gaoling-people", "高龄津贴人数（期末月）", PEOPLE, "人", BriefRow.ADVANCED_AGE_ALLOWANCE, 1));
  }

  @Bean
  Figure advancedAgeMoneyFigure(ProgrammeFigures programmes) {
    return programmes.money(
        Programme.GAOLING,
        spec("gaoling-money", "高龄津贴金额", MONEY, "元", BriefRow.ADVANCED_AGE_ALLOWANCE, 2));
  }

  @Bean
  Figure homeServicePeopleFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            spec("home-service-people", "居家上门服务人数", PEOPLE, "人", BriefRow.HOME_SERVICES, 1),
            """
            select r.region_code, count(distinct r.person_id) as value
              from elderly.home_service_record r where %s group by r.region_code"""
                .formatted(SERVED))
        .withRecords(
            """
            select 'P' || r.person_id as reference, coalesce(p.name, '') as name, r.region_code,
                   to_char(min(r.served_at at time zone 'Asia/Shanghai'), 'YYYY-MM-DD') as happened,
                   count(*) || '次服务，共' || sum(r.minutes) || '分钟' as detail,
                   sum(r.amount) as value, count(*) over () as total
              from elderly.home_service_record r
              left join registry.person_fact p on p.id = r.person_id
             where %s
             group by r.person_id, p.name, r.region_code
             order by r.region_code, name, r.person_id
             limit :limit offset :offset"""
                .formatted(SERVED));
  }

  @Bean
  Figure homeServiceMoneyFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        spec("home-service-money", "居家上门服务金额", MONEY, "元", BriefRow.HOME_SERVICES, 2),
        """
        select r.region_code, sum(r.amount) as value
          from elderly.home_service_record r where %s group by r.region_code"""
            .formatted(SERVED));
  }

  @Bean
  Figure homeModificationFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            spec("home-modification", "适老化改造户数", HOUSEHOLDS, "户", BriefRow.HOME_MODIFICATION, 1),
            """
            select m.region_code, count(distinct m.person_id) as value
              from elderly.modification_case m where %s group by m.region_code"""
                .formatted(MODIFIED))
        .withRecords(
            """
            select 'M' || m.id as reference, coalesce(p.name, '') as name, m.region_code,
                   to_char(m.applied_on, 'YYYY-MM-DD') as happened,
                   case m.status when 'SUBSIDISED' then '已补贴' else '已验收' end as detail,
                   coalesce(m.subsidy, 0) as value, count(*) over () as total
              from elderly.modification_case m
              left join registry.person_fact p on p.id = m.person_id
             where %s
             order by m.applied_on, m.id
             limit :limit offset :offset"""
                .formatted(MODIFIED));
  }

  @Bean
  Figure institutionsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            spec("institutions", "已备案公布养老机构", COUNT, "家", BriefRow.INSTITUTIONS_PUBLISHED, 1),
            """
            select region_code, count(*) as value from elderly.institution
             where %s group by region_code"""
                .formatted(FILED))
        .withRecords(
            """
            select receipt_number as reference, name, region_code,
                   to_char(filed_on, 'YYYY-MM-DD') as happened,
                   address || '，床位' || total_beds || '张' as detail,
                   total_beds as value, count(*) over () as total
              from elderly.institution where %s
             order by filed_on, id
             limit :limit offset :offset"""
                .formatted(FILED));
  }

  @Bean
  Figure bedsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        spec("institution-beds", "养老机构床位", COUNT, "张", BriefRow.ELDERLY_BEDS, 1),
        """
        select region_code, sum(total_beds) as value from elderly.institution
         where %s group by region_code"""
            .formatted(FILED));
  }

  private static FigureSpec spec(
      String code, String label, Measure measure, String unit, BriefRow row, int order) {
    return new FigureSpec(code, label, measure, unit, row, MODULE, order);
  }
}
