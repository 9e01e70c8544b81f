package cn.minzheng.organisations.demo;

import cn.minzheng.organisations.credit.CreditLists;
import cn.minzheng.organisations.credit.ListTrigger;
import cn.minzheng.organisations.credit.ZombieCandidates;
import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.organisations.register.OrganisationStatus;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.CreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With {@code minzheng.demo.enabled=true}, once (guarded by the demo organisations): a tenth of the
 * brief's register — 1,200 registered organisations (half social groups, 40 % social service
 * agencies, 10 % foundations) and 2,400 filed community organisations, legal representatives from
 * the registry — with annual reports since 2023 (a few late, a few silent), the late and silent
 * listed on the abnormal list (about 5 %, the brief's 643 of 1.2万), a few fines on the serious
 * list, zombie candidates of whom most are cleaned up (the brief's 269), and the demo account
 * {@code organisation} bound to an organisation of 锦江区 that still owes last year's report.
 */
@Component
// before social work's demo (400), which picks its agencies from this register
@Order(390)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class OrganisationDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(OrganisationDemoData.class);

  static final String ACCOUNT = "organisation";
  static final String ACCOUNT_COMMUNITY = "510104001001";
  static final int REGISTERED = 1_200;
  static final int FILED = 2_400;

  private static final String[] THEMES = {
    "社会工作服务", "老年协会", "志愿服务", "慈善促进", "青少年发展", "文化艺术", "体育健身", "科普", "教育发展", "生态环保", "助残服务", "邻里互助"
  };

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final RegionHierarchy regions;
  private final CreditLists lists;
  private final ZombieCandidates zombies;

  OrganisationDemoData(
      JdbcClient jdbc,
      JdbcTemplate template,
      RegionHierarchy regions,
      CreditLists lists,
      ZombieCandidates zombies) {
    this.jdbc = jdbc;
    this.template = template;
    this.regions = regions;
    this.lists = lists;
    this.zombies = zombies;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean done =
        jdbc.sql("select exists (select 1 from organisations.organisation where demo)")
            .query(Boolean.class)
            .single();
    if (done) {
      return;
    }
    long started = System.currentTimeMillis();
    LocalDate today = ChinaTime.today();
    organisations();
    reports(today);
    int listed = listings(today);
    int cleaned = cleanUp(today);
    bindAccount(today);
    log.info(
        "演示数据（社会组织）：登记 {} 家，备案社区社会组织 {} 家，列入信用名录 {} 家，清理僵尸组织 {} 家，用时 {} ms",
        REGISTERED,
        FILED,
        listed,
        cleaned,
        System.currentTimeMillis() - started);
  }

  /** Legal representatives: adults of the registry, cycled when the registry is small. */
  private void organisations() {
    List<Map<String, Object>> people =
        jdbc.sql(
                """
                select id, name, residence_region_code from registry.person_fact
                 where life_status = 'ALIVE' and birth_date <= current_date - interval '30 years'
                   and residence_region_code ~ '^[0-9]{12}$' and residence_region_code not like '%000'
                 order by id limit ?""")
            .param(REGISTERED + FILED)
            .query()
            .listOfRows();
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < REGISTERED + FILED; i++) {
      Map<String, Object> p = people.isEmpty() ? null : people.get(i % people.size());
      String community = p == null ? ACCOUNT_COMMUNITY : (String) p.get("residence_region_code");
      String district = community.substring(0, 6) + "000000";
      String districtName = regions.nameOf(district);
      boolean registered = i < REGISTERED;
      OrganisationKind kind =
          !registered
              ? OrganisationKind.COMMUNITY_FILED
              : i % 10 < 5
                  ? OrganisationKind.SOCIAL_GROUP
                  : i % 10 < 9
                      ? OrganisationKind.SOCIAL_SERVICE_AGENCY
                      : OrganisationKind.FOUNDATION;
      String theme = THEMES[i % THEMES.length];
      String name =
          switch (kind) {
            case SOCIAL_GROUP -> districtName + theme + "协会（" + (i + 1) + "）";
            case SOCIAL_SERVICE_AGENCY -> districtName + theme + "服务中心（" + (i + 1) + "）";
            case FOUNDATION -> "成都市" + theme + "基金会（" + (i + 1) + "）";
            case COMMUNITY_FILED -> regions.nameOf(community) + theme + "队（" + (i + 1) + "）";
          };
      String level =
          !registered
              ? "STREET"
              : kind == OrganisationKind.FOUNDATION || i % 5 == 0 ? "CITY" : "DISTRICT";
      LocalDate registeredOn = LocalDate.of(2008, 1, 1).plusDays((i * 37L) % 5_400);
      rows.add(
          new Object[] {
            kind.name(),
            registered
                ? code(kind, level.equals("CITY") ? "510100" : community.substring(0, 6), i)
                : null,
            name,
            districtName + "（演示地址）" + theme + "路" + (i % 300 + 1) + "号",
            community,
            p == null ? null : p.get("id"),
            p == null ? "演示法人" : p.get("name"),
            registered && kind != OrganisationKind.FOUNDATION ? districtName + "民政局" : null,
            level,
            theme + "相关公益服务",
            capital(kind),
            (registered ? "民社登演示" : "社区备演示") + String.format("%06d", i + 1),
            registeredOn
          });
    }
    template.batchUpdate(
        """
        insert into organisations.organisation (kind, credit_code, name, domicile, region_code,
               legal_representative_id, legal_representative_name, supervising_unit,
               registration_level, business_scope, registered_capital, certificate_number,
               registered_on, demo, created_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, 'demo')""",
        rows);
    jdbc.sql(
            """
            insert into organisations.organisation_history (organisation_id, field, new_value,
                   effective_on, note, by_user)
            select id, 'established', name, registered_on,
                   case registration_level when 'CITY' then '市级登记' when 'DISTRICT' then '区（市）县登记'
                        else '街道（乡镇）备案' end, 'demo'
              from organisations.organisation where demo""")
        .update();
  }

  /**
   * Reports of 2023 to last year (filed in April, reviewed); about 3 % silent for the last two
   * years, 2.5 % filing last year's report late.
   */
  private void reports(LocalDate today) {
    int last = today.getYear() - 1;
    jdbc.sql(
            """
            insert into organisations.annual_report (organisation_id, year, region_code,
                   supervising_ok_on, submitted_on, late, income, expenditure, net_assets,
                   staff_count, activities, result, findings, reviewed_by, reviewed_on, submitted_by)
            select o.id, y, o.region_code, make_date(y + 1, 3, 20), r.submitted, r.submitted > make_date(y + 1, 5, 31),
                   50000 + (o.id * 7919 % 900000), 40000 + (o.id * 6151 % 800000),
                   20000 + (o.id * 4099 % 2000000), o.id % 12, '全年开展公益活动' || (o.id % 30 + 4) || '次',
                   case when o.id % 17 = 0 then 'BASICALLY_QUALIFIED' else 'QUALIFIED' end,
                   case when o.id % 17 = 0 then '财务管理制度有待完善' end,
                   case when y < :last then 'demo' end, case when y < :last then make_date(y + 1, 7, 1) end, 'demo'
              from organisations.organisation o
              cross join generate_series(2023, :last) y
              cross join lateral (select case when y = :last and o.id % 40 = 3 then make_date(y + 1, 6, 15)
                                              else make_date(y + 1, 4, 1 + (o.id % 25)::int) end as submitted) r
             where o.demo and o.kind <> 'COMMUNITY_FILED' and o.registered_on <= make_date(y, 12, 31)
               and not (o.id % 33 = 7 and y >= :last - 1)
               and not (o.id % 40 = 3 and y = :last and :today <= make_date(y + 1, 6, 15))""")
        .param("last", last)
        .param("today", today)
        .update();
  }

  /**
   * Late and silent reports of last year, a few unreachable and fined; some rectified and removed.
   */
  private int listings(LocalDate today) {
    int last = today.getYear() - 1;
    LocalDate deadline = LocalDate.of(last + 1, 5, 31);
    if (today.isAfter(deadline)) {
      lists.listLateReports(last, deadline.plusDays(1), "demo");
    }
    List<Long> others =
        jdbc.sql(
                "select id from organisations.organisation where demo and kind <> 'COMMUNITY_FILED' and id % 97 = 11 order by id")
            .query(Long.class)
            .list();
    for (int i = 0; i < others.size(); i++) {
      LocalDate on = today.minusDays(30L + i * 11L);
      ListTrigger trigger =
          i % 3 == 0
              ? ListTrigger.LARGE_FINE
              : i % 3 == 1 ? ListTrigger.UNREACHABLE : ListTrigger.SMALL_FINE;
      lists.list(others.get(i), trigger, "演示处罚决定书" + (i + 1), on, "demo");
    }
    // a few rectified: verified, removed when due
    List<Long> rectified =
        jdbc.sql(
                "select id from organisations.listing where list = 'ABNORMAL' and removed_on is null and organisation_id % 4 = 0 order by id limit 8")
            .query(Long.class)
            .list();
    for (long id : rectified) {
      LocalDate listed = lists.find(id).orElseThrow().listedOn();
      LocalDate verified = listed.plusDays(20).isAfter(today) ? today : listed.plusDays(20);
      lists.verifyRectification(id, verified, "demo");
    }
    lists.removeDueAbnormal(today, "demo");
    return jdbc.sql(
            "select count(distinct organisation_id) from organisations.listing where removed_on is null")
        .query(Integer.class)
        .single();
  }

  /** Zombie candidates, about three in four confirmed (revoked or deregistered). */
  private int cleanUp(LocalDate today) {
    zombies.detect(today.minusDays(60));
    List<Long> candidates =
        jdbc.sql(
                "select id from organisations.zombie_candidate where status = 'PROPOSED' order by id")
            .query(Long.class)
            .list();
    int cleaned = 0;
    for (int i = 0; i < candidates.size(); i++) {
      if (i % 4 == 3) {
        continue;
      }
      zombies.confirm(
          candidates.get(i),
          i % 2 == 0 ? OrganisationStatus.REVOKED : OrganisationStatus.DEREGISTERED,
          today.minusDays(30 - i % 20),
          "demo");
      cleaned++;
    }
    return cleaned;
  }

  /**
   * The demo account's own organisation: reports up to the year before last, last year's still
   * owed.
   */
  private void bindAccount(LocalDate today) {
    String first8 = "MB000001";
    String first17 = "51510104" + first8 + CreditCode.organisationCodeCheckChar(first8);
    Long id =
        jdbc.sql(
                """
                insert into organisations.organisation (kind, credit_code, name, domicile, region_code,
                       legal_representative_name, supervising_unit, registration_level, business_scope,
                       registered_capital, certificate_number, registered_on, demo, created_by)
                values ('SOCIAL_GROUP', ?, '锦江区邻里互助促进会（演示账号）', '锦江区（演示地址）春熙路8号', ?,
                        '何志明', '锦江区民政局', 'DISTRICT', '邻里互助、社区公益服务', 30000,
                        '民社登演示900001', date '2019-04-01', true, 'demo')
                on conflict (credit_code) do nothing returning id""")
            .params(first17 + CreditCode.checkChar(first17), ACCOUNT_COMMUNITY)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (id == null) {
      return;
    }
    jdbc.sql(
            """
            insert into organisations.annual_report (organisation_id, year, region_code, submitted_on,
                   late, income, expenditure, net_assets, staff_count, activities, result, reviewed_by,
                   reviewed_on, submitted_by)
            select ?, y, ?, make_date(y + 1, 4, 10), false, 86000, 79000, 42000, 2, '开展邻里互助活动24次',
                   'QUALIFIED', 'demo', make_date(y + 1, 7, 1), ?
              from generate_series(2023, ?) y""")
        .params(id, ACCOUNT_COMMUNITY, ACCOUNT, today.getYear() - 2)
        .update();
    jdbc.sql(
            """
            insert into organisations.organisation_account (username, organisation_id, bound_by)
            values (?, ?, 'demo') on conflict (username) do nothing""")
        .params(ACCOUNT, id)
        .update();
  }

  private static Object capital(OrganisationKind kind) {
    return switch (kind) {
      case FOUNDATION -> 2_000_000;
      case COMMUNITY_FILED -> new java.math.BigDecimal("0");
      default -> 30_000;
    };
  }

  /** A civil-affairs code of {@code kind} registered in {@code division} (GB 32100 checks). */
  static String code(OrganisationKind kind, String division, int serial) {
    String first8 = String.format("MA%06d", serial);
    String first17 =
        "5" + kind.typeDigit() + division + first8 + CreditCode.organisationCodeCheckChar(first8);
    return first17 + CreditCode.checkChar(first17);
  }
}
