package cn.minzheng.organisations;

import static cn.minzheng.cockpit.Measure.COUNT;
import static cn.minzheng.cockpit.Measure.MONEY;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureSpec;
import cn.minzheng.cockpit.SqlFigure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cockpit's social-organisation figures: registered organisations and filed community
 * organisations existing at the end of the period (registered by then, not deregistered or revoked
 * by then), organisations on a credit list at the end of the period, and zombie organisations
 * cleaned up (confirmed) in the period; charity organisations, filed charitable trusts and the
 * property they hold; special-fund projects approved in the period and their grants.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationFigures {

  static final String MODULE = "社会组织";

  /** Registered by the period's end and not closed by then (closing dates from the history). */
  private static final String EXISTING =
      """
      o.registered_on <= :to and (:all or o.region_code = any(:codes))
      and not exists (select 1 from organisations.organisation_history h
                       where h.organisation_id = o.id and h.field = 'status'
                         and h.new_value in ('已注销', '已撤销登记') and h.effective_on <= :to)""";

  private static final String LISTED =
      """
      l.listed_on <= :to and (l.removed_on is null or l.removed_on > :to)
      and (:all or l.region_code = any(:codes))""";

  private static final String CLEANED =
      """
      z.status = 'CONFIRMED' and z.decided_on between :from and :to
      and (:all or z.region_code = any(:codes))""";

  private static final String APPROVED =
      """
      a.status = 'APPROVED' and a.decided_on between :from and :to
      and (:all or a.region_code = any(:codes))""";

  @Bean
  Figure registeredOrganisationsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            spec("social-organisations", "登记的社会组织（期末）", "家", BriefRow.SOCIAL_ORGANISATIONS, 1),
            """
            select o.region_code, count(*) as value from organisations.organisation o
             where o.kind <> 'COMMUNITY_FILED' and %s group by o.region_code"""
                .formatted(EXISTING))
        .withRecords(
            """
            select o.credit_code as reference, o.name, o.region_code,
                   to_char(o.registered_on, 'YYYY-MM-DD') as happened,
                   case o.kind when 'SOCIAL_GROUP' then '社会团体' when 'SOCIAL_SERVICE_AGENCY'
                        then '社会服务机构' else '基金会' end as detail,
                   1 as value, count(*) over () as total
              from organisations.organisation o
             where o.kind <> 'COMMUNITY_FILED' and %s
             order by o.registered_on, o.id limit :limit offset :offset"""
                .formatted(EXISTING));
  }

  @Bean
  Figure filedCommunityOrganisationsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        spec("community-organisations", "备案社区社会组织（期末）", "家", BriefRow.SOCIAL_ORGANISATIONS, 2),
        """
        select o.region_code, count(*) as value from organisations.organisation o
         where o.kind = 'COMMUNITY_FILED' and %s group by o.region_code"""
            .formatted(EXISTING));
  }

  @Bean
  Figure listedOrganisationsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            spec(
                "organisations-listed",
                "列入异常名录或失信名单的社会组织（期末）",
                "家",
                BriefRow.ORGANISATION_LISTS,
                1),
            """
            select l.region_code, count(distinct l.organisation_id) as value
              from organisations.listing l where %s group by l.region_code"""
                .formatted(LISTED))
        .withRecords(
            """
            select l.decision_number as reference, l.organisation_name as name, l.region_code,
                   to_char(l.listed_on, 'YYYY-MM-DD') as happened,
                   case l.list when 'ABNORMAL' then '活动异常名录' else '严重违法失信名单' end as detail,
                   1 as value, count(*) over () as total
              from organisations.listing l where %s
             order by l.listed_on, l.id limit :limit offset :offset"""
                .formatted(LISTED));
  }

  @Bean
  Figure zombiesCleanedFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        spec("zombie-organisations-cleaned", "清理僵尸型社会组织", "家", BriefRow.ORGANISATION_LISTS, 2),
        """
        select z.region_code, count(*) as value from organisations.zombie_candidate z
         where %s group by z.region_code"""
            .formatted(CLEANED));
  }

  /** Recognised as 慈善组织 by the period's end, the organisation not closed by then. */
  @Bean
  Figure charityOrganisationsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        spec("charity-organisations", "慈善组织（期末）", "家", BriefRow.CHARITY, 1),
        """
        select o.region_code, count(*) as value from organisations.charity_organisation c
          join organisations.organisation o on o.id = c.organisation_id
         where c.recognised_on <= :to and %s group by o.region_code"""
            .formatted(EXISTING));
  }

  /**
   * Community charity projects recognised as brand projects by the period's end (the brief: 41).
   */
  @Bean
  Figure charityBrandProjectsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        spec("charity-brand-projects", "社区慈善品牌项目（期末）", "个", BriefRow.CHARITY, 2),
        """
        select p.region_code, count(*) as value from organisations.charity_project p
         where p.brand_on <= :to and (p.ended_on is null or p.ended_on > :to)
           and (:all or p.region_code = any(:codes)) group by p.region_code""");
  }

  /** Charitable trusts filed by the period's end and in force (the brief: 25). */
  @Bean
  Figure charityTrustsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            spec("charity-trusts", "备案慈善信托（期末）", "个", BriefRow.CHARITY, 3),
            """
            select t.region_code, count(*) as value from organisations.charity_trust t
             where t.status = 'ACTIVE' and t.filed_on <= :to
               and (:all or t.region_code = any(:codes)) group by t.region_code""")
        .withRecords(
            """
            select t.record_number as reference, t.name, t.region_code,
                   to_char(t.filed_on, 'YYYY-MM-DD') as happened,
                   t.trustee_name || case when t.late then '（逾期备案）' else '' end as detail,
                   1 as value, count(*) over () as total
              from organisations.charity_trust t
             where t.status = 'ACTIVE' and t.filed_on <= :to
               and (:all or t.region_code = any(:codes))
             order by t.filed_on, t.id limit :limit offset :offset""");
  }

  /** The property the trusts in force hold now (the brief: 1.06亿元). */
  @Bean
  Figure charityTrustPropertyFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        new FigureSpec("charity-trust-property", "慈善信托财产", MONEY, "元", BriefRow.CHARITY, MODULE, 4),
        """
        select t.region_code, sum(t.property) as value from organisations.charity_trust t
         where t.status = 'ACTIVE' and t.filed_on <= :to
           and (:all or t.region_code = any(:codes)) group by t.region_code""");
  }

  /** Special-fund projects approved (立项) in the period (the brief: 605). */
  @Bean
  Figure specialFundProjectsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
            jdbc,
            spec("special-fund-projects", "社会组织专项资金项目立项", "个", BriefRow.ORGANISATION_PROJECTS, 1),
            """
            select a.region_code, count(*) as value from organisations.project_application a
             where %s group by a.region_code"""
                .formatted(APPROVED))
        .withRecords(
            """
            select g.grant_number as reference, a.title as name, a.region_code,
                   to_char(a.decided_on, 'YYYY-MM-DD') as happened,
                   a.organisation_name || '，' || a.approved_amount || '元' as detail,
                   1 as value, count(*) over () as total
              from organisations.project_application a
              join organisations.project_grant g on g.application_id = a.id
             where %s
             order by a.decided_on, a.id limit :limit offset :offset"""
                .formatted(APPROVED));
  }

  /** The grants of the projects approved in the period. */
  @Bean
  Figure specialFundGrantsFigure(JdbcClient jdbc) {
    return SqlFigure.of(
        jdbc,
        new FigureSpec(
            "special-fund-grants",
            "社会组织专项资金资助额",
            MONEY,
            "元",
            BriefRow.ORGANISATION_PROJECTS,
            MODULE,
            2),
        """
        select a.region_code, sum(a.approved_amount) as value from organisations.project_application a
         where %s group by a.region_code"""
            .formatted(APPROVED));
  }

  private static FigureSpec spec(String code, String label, String unit, BriefRow row, int order) {
    return new FigureSpec(code, label, COUNT, unit, row, MODULE, order);
  }
}
