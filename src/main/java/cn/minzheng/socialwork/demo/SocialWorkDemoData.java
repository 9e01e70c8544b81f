package cn.minzheng.socialwork.demo;

import cn.minzheng.organisations.OrganisationRegister;
import cn.minzheng.organisations.RegisteredOrganisation;
import cn.minzheng.region.RegionKind;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.CreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code minzheng.demo.enabled=true}: social work and self-governance at a tenth of the brief
 * — 2,800 certified workers (70 % 助理, 27 % 中级, 3 % 高级), 100 agencies (the first up to 20 the
 * register's social-work service centres, the rest by credit code only), 10 street stations and 100
 * community stations on the communities where most demo residents live, 500 posts, 3,900 people
 * served over the last six months, 305 conventions with adoption dates over four years (so some are
 * due for review), a residents' council in each station community with compound organisations and
 * pilots in some (members, monthly meetings), 10 purchase contracts, and 8 "walk the process"
 * topics with 90 person-times and 27 measures (some overdue). Set-based SQL; one transaction; a
 * second start finds the demo agencies and changes nothing.
 */
@Component
@Order(400)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class SocialWorkDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SocialWorkDemoData.class);

  static final int WORKERS = 2_800;
  static final int AGENCIES = 100;
  static final int COMMUNITY_STATIONS = 100;
  static final int PEOPLE_SERVED = 3_900;
  static final int CONVENTIONS = 305;

  private final JdbcClient jdbc;
  private final RegionQuery regions;
  private final TransactionTemplate tx;
  private final OrganisationRegister register;

  SocialWorkDemoData(
      JdbcClient jdbc, RegionQuery regions, TransactionTemplate tx, OrganisationRegister register) {
    this.jdbc = jdbc;
    this.regions = regions;
    this.tx = tx;
    this.register = register;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (jdbc.sql("select exists (select 1 from socialwork.agency where created_by = 'demo')")
        .query(Boolean.class)
        .single()) {
      return;
    }
    List<String> communities =
        jdbc.sql(
                """
                select residence_region_code from registry.person_fact
                 where life_status = 'ALIVE' group by 1 order by count(*) desc, 1 limit ?""")
            .param(COMMUNITY_STATIONS)
            .query(String.class)
            .list();
    if (communities.isEmpty()) {
      log.info("Social-work demo: not enough demo residents, skipped");
      return;
    }
    tx.executeWithoutResult(status -> load(communities));
    log.info("Social-work demo data loaded");
  }

  private boolean recorded(String creditCode) {
    return jdbc.sql("select exists (select 1 from socialwork.agency where credit_code = ?)")
        .param(creditCode)
        .query(Boolean.class)
        .single();
  }

  private void load(List<String> communities) {
    LocalDate today = ChinaTime.today();
    String[] stationCommunities = communities.toArray(String[]::new);
    // agencies: valid credit codes of civil-affairs registered social service agencies (52...)
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < AGENCIES; i++) {
      String first8 = String.format(Locale.ROOT, "%08d", 61_000_000 + i * 7_919);
      String body =
          "52"
              + stationCommunities[i % stationCommunities.length].substring(0, 6)
              + first8
              + CreditCode.organisationCodeCheckChar(first8);
      codes.add(body + CreditCode.checkChar(body));
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < AGENCIES; i++) {
      names.add("演示社会工作服务中心" + String.format(Locale.ROOT, "%03d", i + 1));
    }
    // the first agencies are the register's social-work service centres (organisations' demo), so
    // that the agencies page shows registration status and credit standing
    List<RegisteredOrganisation> registered =
        register.search("社会工作服务").stream()
            .filter(RegisteredOrganisation::registered)
            .filter(o -> !recorded(o.creditCode()))
            .toList();
    for (int i = 0; i < registered.size() && i < AGENCIES; i++) {
      codes.set(i, registered.get(i).creditCode());
      names.set(i, registered.get(i).name());
    }
    jdbc.sql(
            """
            insert into socialwork.agency (credit_code, name, region_code, created_by)
            select c, nm, (:communities)[1 + (n - 1) % cardinality(:communities)], 'demo'
              from unnest(:codes, :names) with ordinality as t(c, nm, n)""")
        .param("codes", codes.toArray(String[]::new))
        .param("names", names.toArray(String[]::new))
        .param("communities", stationCommunities)
        .update();
    // workers: adults of the demo population not among the people served below
    jdbc.sql(
            """
            insert into socialwork.social_worker (person_id, region_code, level, certificate_number,
              certificate_year, employer_credit_code, created_by)
            select p.id, (:communities)[1 + (p.n - 1) % cardinality(:communities)],
                   case when p.n % 100 < 70 then 'ASSISTANT' when p.n % 100 < 97 then 'INTERMEDIATE'
                        else 'SENIOR' end,
                   'SW-DEMO-' || lpad(p.n::text, 6, '0'), 2008 + (p.n % 18),
                   case when p.n % 3 = 0 then null
                        else (:codes)[1 + p.n % cardinality(:codes)] end, 'demo'
              from (select id, row_number() over (order by id) as n from registry.person_fact
                     where life_status = 'ALIVE'
                       and birth_date between :oldest and :youngest
                       and id not in (select person_id from socialwork.social_worker)
                     order by id limit :workers) p""")
        .param("communities", stationCommunities)
        .param("codes", codes.toArray(String[]::new))
        .param("oldest", today.minusYears(58))
        .param("youngest", today.minusYears(23))
        .param("workers", WORKERS)
        .update();
    List<String> streets =
        communities.stream().map(c -> c.substring(0, 9) + "000").distinct().limit(10).toList();
    jdbc.sql(
            """
            insert into socialwork.station (region_code, level, name, opened_on, agency_credit_code,
              created_by)
            select s, 'STREET', '镇街社工站（' || s || '）', :opened - (n::int * 17), null, 'demo'
              from unnest(:streets) with ordinality as t(s, n)
            union all
            select c, 'COMMUNITY', '村社社工室（' || c || '）', :opened - (n::int * 5),
                   (:codes)[1 + n % cardinality(:codes)], 'demo'
              from unnest(:communities) with ordinality as t(c, n)
            on conflict (region_code) do nothing""")
        .param("streets", streets.toArray(String[]::new))
        .param("communities", stationCommunities)
        .param("codes", codes.toArray(String[]::new))
        .param("opened", today.minusYears(2))
        .update();
    // posts: five per station community, four of them filled by a worker of that community
    jdbc.sql(
            """
            insert into socialwork.post (community_code, title, worker_id, created_by)
            select c, '社区社工岗位' || k, w.id, 'demo'
              from unnest(:communities) as c
             cross join generate_series(1, 5) as k
              left join (select id, region_code,
                                row_number() over (partition by region_code order by id) as r
                           from socialwork.social_worker) w
                on w.region_code = c and w.r = k and k < 5""")
        .param("communities", stationCommunities)
        .update();
    // services: 3,900 residents of the station communities, one to three services each
    jdbc.sql(
            """
            with people as (
              select p.id, p.residence_region_code as region,
                     row_number() over (order by p.id desc) as n
                from registry.person_fact p
               where p.life_status = 'ALIVE' and p.residence_region_code = any(:communities)
                 and not exists (select 1 from socialwork.social_worker w where w.person_id = p.id)
               order by p.id desc limit :served),
            workers as (select id, region_code, row_number() over (partition by region_code
                          order by id) as k, count(*) over (partition by region_code) as c
                          from socialwork.social_worker)
            insert into socialwork.service_record (station_id, region_code, person_id, worker_id,
              service_type, served_on, minutes, content, recorded_by)
            select s.id, s.region_code, p.id, w.id,
                   (array['VISIT','COUNSELLING','RESOURCE_LINKING','DAILY_CARE','POLICY_ADVICE',
                          'GROUP_ACTIVITY'])[1 + (p.n + i) % 6],
                   :today - ((p.n * 7 + i * 31) % 180)::int, 30 + ((p.n + i) % 4) * 15,
                   '演示：关爱服务', 'demo'
              from people p
              join socialwork.station s on s.region_code = p.region
              join workers w on w.region_code = p.region and w.k = 1 + p.n % w.c
              cross join generate_series(1, 3) as i
             where i <= 1 + p.n % 3""")
        .param("communities", stationCommunities)
        .param("served", PEOPLE_SERVED)
        .param("today", today)
        .update();
    conventions(today);
    governance(stationCommunities, today);
    contractsAndWalk(codes, streets, today);
  }

  /**
   * A residents' council in each station community, a compound organisation (小区党组织+业委会+物业) in every
   * fourth, an organisation pilot and a public-service pilot in every tenth; four members each and
   * a meeting a month over the last six months (the councils; the others every second month).
   */
  private void governance(String[] communities, LocalDate today) {
    jdbc.sql(
            """
            insert into socialwork.governance_body (community_code, kind, name, goal, status, created_by)
            select c, k.kind, k.name, k.goal, 'ACTIVE', 'demo'
              from unnest(:codes) with ordinality as t(c, n)
              join (values ('COUNCIL', 1, '居民议事会', '居民议事协商，解决小区公共事务'),
                           ('COMPOUND', 4, '小区“党组织+业委会+物业”联席会', '三方协同，处理物业服务和公共收益事项'),
                           ('ORGANISATION_PILOT', 10, '社区社会组织孵化试点', '培育社区社会组织参与服务'),
                           ('SERVICE_PILOT', 10, '社区公共服务“一窗通办”试点', '社区公共服务就近办理'))
                   as k(kind, every, name, goal) on t.n % k.every = 0 or k.every = 1""")
        .param("codes", communities)
        .update();
    jdbc.sql(
            """
            insert into socialwork.governance_member (body_id, name, role)
            select b.id, (array['王','李','张','刘','陈','杨','赵','黄'])[1 + (b.id + m) % 8]
                         || (array['建国','秀英','志强','丽华'])[m], r.role
              from socialwork.governance_body b
              cross join generate_series(1, 4) m
              join (values (1, '召集人'), (2, '居民代表'), (3, '业委会代表'), (4, '物业代表')) as r(n, role)
                on r.n = m
             where b.created_by = 'demo'""")
        .update();
    jdbc.sql(
            """
            insert into socialwork.governance_meeting (body_id, held_on, subject, attendees)
            select b.id, :today - (g * 30 + b.id % 20)::int,
                   (array['加装电梯协商', '停车位管理', '垃圾分类推进', '公共收益使用', '老旧小区改造'])[1 + (b.id + g) % 5],
                   8 + (b.id + g) % 15
              from socialwork.governance_body b cross join generate_series(0, 5) g
             where b.created_by = 'demo' and (b.kind = 'COUNCIL' or g % 2 = 0)""")
        .param("today", today)
        .update();
  }

  private void conventions(LocalDate today) {
    List<RegionNode> all =
        regions.all().stream()
            .filter(n -> n.level() == RegionLevel.COMMUNITY && n.activeOn(today))
            .toList();
    List<String> codes = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    int step = Math.max(1, all.size() / CONVENTIONS);
    for (int i = 0; i < all.size() && codes.size() < CONVENTIONS; i += step) {
      codes.add(all.get(i).code());
      kinds.add(all.get(i).kind() == RegionKind.VILLAGE ? "VILLAGE" : "RESIDENTS");
    }
    jdbc.sql(
            """
            insert into socialwork.convention (community_code, kind, title, body, adopted_on,
              meeting, created_by)
            select c, k, case k when 'VILLAGE' then '村规民约' else '居民公约' end,
                   '一、爱党爱国，遵纪守法。' || chr(10) || '二、邻里互助，尊老爱幼。' || chr(10)
                     || '三、移风易俗，勤俭节约。' || chr(10) || '四、爱护环境，垃圾分类。',
                   :today - (n::int * 5 % 1460),
                   case k when 'VILLAGE' then '村民会议' else '居民会议' end, 'demo'
              from unnest(:codes, :kinds) with ordinality as t(c, k, n)
            on conflict (community_code) do nothing""")
        .param("codes", codes.toArray(String[]::new))
        .param("kinds", kinds.toArray(String[]::new))
        .param("today", today)
        .update();
  }

  private void contractsAndWalk(List<String> codes, List<String> streets, LocalDate today) {
    jdbc.sql(
            """
            insert into socialwork.contract (buyer_region_code, agency_credit_code, title, budget,
              starts_on, ends_on, target, target_count, created_by)
            select s, (:codes)[n], '困难群众社工关爱服务项目' || n, 200000 + n * 10000,
                   :today - 200, :today + 165, '服务困难群众人次', 1000, 'demo'
              from unnest(:streets) with ordinality as t(s, n)""")
        .param("codes", codes.toArray(String[]::new))
        .param("streets", streets.toArray(String[]::new))
        .param("today", today)
        .update();
    jdbc.sql(
            """
            insert into socialwork.contract_progress (contract_id, reported_on, achieved, spent,
              note, created_by)
            select c.id, :today - 30, 300 + (c.id % 5) * 60, 60000, '季度报送', 'demo'
              from socialwork.contract c where c.created_by = 'demo'""")
        .param("today", today)
        .update();
    String[] services = {
      "低保申请", "临时救助申请", "高龄津贴认证", "婚姻登记预约", "养老机构备案", "残疾人两项补贴", "殡葬服务", "社会组织登记"
    };
    String district = streets.get(0).substring(0, 6) + "000000";
    jdbc.sql(
            """
            insert into socialwork.walk_topic (region_code, title, service, created_by)
            select :district, s || '走流程', s, 'demo' from unnest(:services) as s""")
        .param("district", district)
        .param("services", services)
        .update();
    jdbc.sql(
            """
            insert into socialwork.walk_visit (topic_id, walked_on, walker, persons, notes)
            select t.id, :today - (t.id % 60)::int - v::int, '局领导及处室负责人', 6 - v,
                   '以群众身份体验办理全流程'
              from socialwork.walk_topic t, generate_series(1, 3) as v
             where t.created_by = 'demo'""")
        .param("today", today)
        .update();
    jdbc.sql(
            """
            insert into socialwork.walk_finding (topic_id, text)
            select t.id, '办理材料重复提交（第' || k || '项）'
              from socialwork.walk_topic t, generate_series(1, 4) as k where t.created_by = 'demo'""")
        .update();
    jdbc.sql(
            """
            insert into socialwork.walk_measure (topic_id, finding_id, description, owner, deadline,
              status, done_on)
            select f.topic_id, f.id, '整改：' || f.text, '相关业务处室',
                   :today + (((f.id % 9) - 4) * 15)::int,
                   case when f.id % 3 = 0 then 'DONE' else 'OPEN' end,
                   case when f.id % 3 = 0 then :today - 5 end
              from socialwork.walk_finding f
              join socialwork.walk_topic t on t.id = f.topic_id and t.created_by = 'demo'
             order by f.id limit 27""")
        .param("today", today)
        .update();
  }
}
