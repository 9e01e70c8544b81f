package cn.minzheng.rescue.demo;

import cn.minzheng.rescue.stations.RescueStations;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * With {@code minzheng.demo.enabled=true}, once: the city's rescue station and five district ones,
 * and the brief's 3,575 person-times of the last half year at full scale (not the population's 1 %:
 * at 1 % a station would hold one person at a time) — about 70 % known registry persons (some
 * coming back), 30 % unidentified under temporary numbers; services, identity searches, exits in
 * the proportions below, a few stays extended with a reason, and the last ten days still in the
 * stations, with two persons beyond the 10-day limit for the work queue. Set-based, in one
 * transaction.
 */
@Component
@Order(420)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class RescueDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(RescueDemoData.class);

  /** Person-times of the half year (brief, 2023 H1). */
  static final int PERSON_TIMES = 3_575;

  /** Of them unidentified at intake (the platform's assumption for the demo). */
  static final int UNIDENTIFIED = 1_075;

  /** Distinct known persons: fewer than their intakes, so some come back. */
  static final int KNOWN_PERSONS = 2_200;

  private final JdbcClient jdbc;
  private final RescueStations stations;
  private final TransactionTemplate tx;

  RescueDemoData(JdbcClient jdbc, RescueStations stations, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.stations = stations;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      loadOnce();
    } finally {
      bindDemoStationAccount();
    }
  }

  /**
   * The demo 救助站工作人员 account ({@code rescue_station}, docs/demo-accounts.md) works at the city
   * station: it sees the city station's intakes and none of the district stations' under it. Also
   * on a demo database loaded before the role existed.
   */
  private void bindDemoStationAccount() {
    jdbc.sql(
            """
            insert into rescue.station_staff (username, station_id, bound_by)
            select 'rescue_station', id, 'demo' from rescue.station
             where short_code = 'CD' and created_by = 'demo'
            on conflict (username) do nothing""")
        .update();
  }

  private void loadOnce() {
    boolean done =
        jdbc.sql("select exists (select 1 from rescue.station where created_by = 'demo')")
            .query(Boolean.class)
            .single();
    if (done) {
      return;
    }
    long started = System.currentTimeMillis();
    tx.executeWithoutResult(status -> load());
    log.info(
        "Rescue demo data: {} person-times in {} ms",
        PERSON_TIMES,
        System.currentTimeMillis() - started);
  }

  private void load() {
    String[][] rows = {
      {"成都市救助管理站", "CD", "510100000000", "成华区二仙桥东三路"},
      {"锦江区救助管理站", "JJ", "510104000000", "锦江区三圣街道"},
      {"青羊区救助管理站", "QY", "510105000000", "青羊区文家街道"},
      {"金牛区救助管理站", "JN", "510106000000", "金牛区天回镇街道"},
      {"武侯区救助管理站", "WH", "510107000000", "武侯区簇锦街道"},
      {"成华区救助管理站", "CH", "510108000000", "成华区龙潭街道"}
    };
    List<Long> ids = new ArrayList<>();
    for (String[] r : rows) {
      ids.add(stations.add(r[0], r[1], r[2], r[3], "demo"));
    }
    // The city station takes in about as many as all district stations together.
    List<Long> weighted = new ArrayList<>(ids);
    for (int i = 0; i < 4; i++) {
      weighted.add(ids.get(0));
    }
    Long[] pick = weighted.toArray(Long[]::new);
    LocalDate today = ChinaTime.today();
    LocalDate first = today.minusMonths(6);
    int days = (int) (today.toEpochDay() - first.toEpochDay());

    jdbc.sql(
            """
            insert into rescue.unidentified (temporary_no, station_id, description, sex,
                                             estimated_age, created_by)
            select 'LS-' || s.short_code || '-' || extract(year from d.day)::int || '-'
                     || lpad(row_number() over (partition by s.id, extract(year from d.day)
                                                order by d.g)::text, 4, '0'),
                   s.id,
                   (array['中等身材，衣着破旧，不愿说话', '偏瘦，留长发，口音不明',
                          '腿部有旧伤，行走不便', '语言表达困难，随身有一个编织袋'])[1 + d.g % 4],
                   case when d.g % 5 = 0 then 'FEMALE' else 'MALE' end,
                   25 + (d.g * 7) % 55,
                   'demo:' || d.day
              from (select g, :first + (g * :days / :n) as day,
                           (:pick)[1 + (g * 31) % cardinality(:pick)] as station
                      from generate_series(0, :n - 1) g) d
              join rescue.station s on s.id = d.station""")
        .param("first", first)
        .param("days", days)
        .param("n", UNIDENTIFIED)
        .param("pick", pick)
        .update();
    jdbc.sql(
            """
            insert into rescue.temporary_number (station_id, year, last_value)
            select station_id, split_part(temporary_no, '-', 3)::int, count(*)
              from rescue.unidentified where created_by like 'demo:%'
             group by 1, 2""")
        .update();
    jdbc.sql(
            """
            insert into rescue.intake (intake_no, station_id, region_code, unidentified_id,
                                       admitted_on, found_place, referred_by, created_by)
            select 'demo-u' || u.id, u.station_id, s.region_code, u.id,
                   cast(substr(u.created_by, 6) as date),
                   (array['火车北站广场', '天府广场地下通道', '春熙路步行街', '城东客运站', '府河桥下'])[1 + u.id % 5],
                   (array['POLICE', 'URBAN_MANAGEMENT', 'OUTREACH', 'PUBLIC', 'SELF'])[1 + u.id % 5],
                   'demo'
              from rescue.unidentified u join rescue.station s on s.id = u.station_id
             where u.created_by like 'demo:%'""")
        .update();
    jdbc.sql("update rescue.unidentified set created_by = 'demo' where created_by like 'demo:%'")
        .update();
    int known = PERSON_TIMES - UNIDENTIFIED;
    int persons =
        jdbc.sql(
                """
                select least(?, count(*)) from registry.person_fact
                 where life_status = 'ALIVE' and birth_date <= ?
                   and not exists (select 1 from rescue.intake o
                                    where o.person_id = person_fact.id and o.exit_kind is null)""")
            .params(KNOWN_PERSONS, first.minusYears(18))
            .query(Integer.class)
            .single();
    if (persons > 0) {
      insertKnown(first, days, known, persons, pick);
    }
    numberAndFinish(today);
  }

  private void insertKnown(LocalDate first, int days, int known, int persons, Long[] pick) {
    jdbc.sql(
            """
            insert into rescue.intake (intake_no, station_id, region_code, person_id,
                                       admitted_on, found_place, referred_by, created_by,
                                       exit_kind, exited_on)
            select 'demo-k' || g, s.id, s.region_code, p.id,
                   :first + (g * :days / :n),
                   (array['火车东站', '人民公园', '九眼桥', '城北客运中心', '宽窄巷子'])[1 + g % 5],
                   (array['SELF', 'POLICE', 'OUTREACH', 'PUBLIC', 'URBAN_MANAGEMENT'])[1 + g % 5],
                   'demo',
                   -- closed for now: a person's two visits (161 days apart) are never both open;
                   -- exits() sets the real exit, or none for the last ten days
                   'LEFT', :first + (g * :days / :n)
              from generate_series(0, :n - 1) g
              join (select id, row_number() over () as rn
                      from (select id from registry.person_fact
                             where life_status = 'ALIVE'
                               and birth_date <= cast(:first as date) - interval '18 years'
                               and not exists (select 1 from rescue.intake o
                                                where o.person_id = person_fact.id
                                                  and o.exit_kind is null)
                             order by md5(id::text) limit :persons) chosen) p
                on p.rn = 1 + g % :persons
              join rescue.station s on s.id = (:pick)[1 + (g * 17) % cardinality(:pick)]""")
        .param("first", first)
        .param("days", days)
        .param("n", known)
        .param("persons", persons)
        .param("pick", pick)
        .update();
  }

  private void numberAndFinish(LocalDate today) {
    jdbc.sql(
            """
            update rescue.intake i
               set intake_no = 'JZ-' || s.short_code || '-' || extract(year from i.admitted_on)::int
                               || '-' || lpad(i.id::text, 6, '0')
              from rescue.station s
             where s.id = i.station_id and i.created_by = 'demo'""")
        .update();
    exits(today);
    services();
  }

  /**
   * Stays older than ten days ended: known persons mostly escorted home to their county of
   * household registration, unidentified mostly left or placed; one stay in 30 extended with a
   * reason; the last ten days still open, and two unidentified persons beyond the limit.
   */
  private void exits(LocalDate today) {
    jdbc.sql(
            """
            insert into rescue.stay_extension (intake_id, until, reason, created_by)
            select id, admitted_on + 19, '住院治疗，待出院后护送返乡', 'demo'
              from rescue.intake where created_by = 'demo' and id % 30 = 0 and admitted_on < :cut""")
        .param("cut", today.minusDays(20))
        .update();
    jdbc.sql(
            """
            update rescue.intake i set extended_until = e.until
              from rescue.stay_extension e where e.intake_id = i.id and e.created_by = 'demo'""")
        .update();
    jdbc.sql(
            """
            update rescue.intake i
               set exit_kind = k.kind,
                   exited_on = i.admitted_on + case when i.extended_until is not null then 17
                                                    else (i.id % 9)::int end,
                   escort = case when k.kind = 'RETURNED_HOME' then '站内工作人员' end,
                   receiver = case when k.kind = 'RETURNED_HOME' then '户籍地县级民政部门' end,
                   receiving_county_code = case when k.kind = 'RETURNED_HOME'
                       then coalesce(substr(p.hukou_region_code, 1, 6), '511302') || '000000' end,
                   institution = case when k.kind = 'PLACED' then '成都市救助安置中心' end,
                   exited_by = 'demo'
              from (select x.id,
                           case when x.person_id is not null then
                                  case when x.id % 20 < 11 then 'RETURNED_HOME'
                                       when x.id % 20 < 12 then 'PLACED' else 'LEFT' end
                                else case when x.id % 20 < 4 then 'PLACED'
                                          when x.id % 100 = 99 then 'DIED' else 'LEFT' end
                           end as kind
                      from rescue.intake x where x.created_by = 'demo') k,
                   rescue.intake j
              left join registry.person_fact p on p.id = j.person_id
             where k.id = i.id and j.id = i.id and i.admitted_on < :cut""")
        .param("cut", today.minusDays(9))
        .update();
    jdbc.sql(
            """
            update rescue.intake i set exit_kind = null, exited_on = null
             where i.created_by = 'demo' and i.admitted_on >= :since
               and not exists (select 1 from rescue.intake o
                                where o.person_id = i.person_id and o.created_by = 'demo'
                                  and o.admitted_on >= :since and o.id > i.id)""")
        .param("since", today.minusDays(9))
        .update();
    // Two persons still in a station beyond the 10-day limit, for the work queue's overdue count.
    jdbc.sql(
            """
            update rescue.intake set exit_kind = null, exited_on = null, escort = null,
                   receiver = null, receiving_county_code = null, institution = null,
                   exited_by = null
             where id in (select id from rescue.intake
                           where created_by = 'demo' and unidentified_id is not null
                             and extended_until is null and admitted_on between ? and ?
                           order by id limit 2)""")
        .params(today.minusDays(13), today.minusDays(11))
        .update();
  }

  private void services() {
    jdbc.sql(
            """
            insert into rescue.service (intake_id, kind, served_on, cost, created_by)
            select i.id, k.kind, i.admitted_on, null, 'demo'
              from rescue.intake i cross join (values ('FOOD'), ('LODGING')) k(kind)
             where i.created_by = 'demo'
            union all
            select i.id, 'MEDICAL', i.admitted_on, 80 + (i.id * 37) % 1900, 'demo'
              from rescue.intake i where i.created_by = 'demo' and i.id % 10 = 3
            union all
            select i.id, 'CLOTHING', i.admitted_on, null, 'demo'
              from rescue.intake i where i.created_by = 'demo' and i.id % 3 = 0
            union all
            select i.id, 'TRANSPORT', i.exited_on, 50 + (i.id * 13) % 550, 'demo'
              from rescue.intake i where i.created_by = 'demo' and i.exit_kind = 'RETURNED_HOME'""")
        .update();
    jdbc.sql(
            """
            insert into rescue.search_task (intake_id, method, started_on, outcome, outcome_on,
                                            outcome_note, created_by)
            select i.id, m.method, i.admitted_on,
                   case when i.exit_kind is null then 'PENDING' else 'NOT_FOUND' end,
                   case when i.exit_kind is null then null else coalesce(i.exited_on, i.admitted_on) end,
                   case when i.exit_kind is null then null else '比对无结果' end,
                   'demo'
              from rescue.intake i cross join (values ('FINGERPRINT'), ('POLICE')) m(method)
             where i.created_by = 'demo' and i.unidentified_id is not null""")
        .update();
  }
}
