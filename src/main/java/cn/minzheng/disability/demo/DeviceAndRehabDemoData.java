package cn.minzheng.disability.demo;

import cn.minzheng.platform.RegionHierarchy;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * With {@code minzheng.demo.enabled=true}, once: the rental catalogue (six kinds of device), one
 * service point per district with eight units of each item, and rentals in the brief's proportion
 * (3.4万 cumulative: 340 at the demo's 1 %) over the last six months — most returned and settled,
 * some out (a few overdue), a few reserved at the demo street's point for its staff to hand out;
 * one community rehabilitation station per district (the brief: 118) with persons of a mental
 * disability rating enrolled and their services (4.64万 person-times a half year: about 460 at 1 %).
 * Set-based statements; the district loop is over districts, not persons.
 */
@Component
@Order(401)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class DeviceAndRehabDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DeviceAndRehabDemoData.class);

  /** Cumulative rentals at 1 % of the brief's 3.4万. */
  static final int RENTALS = 340;

  /** Rentals out at a time (of the cumulative ones). */
  static final int OUT = 60;

  /** Rehab service records in six months at 1 % of the brief's 4.64万. */
  static final int SERVICES = 464;

  static final String DEMO_STREET_POINT = "510104001000";

  static final String[] ITEMS = {"手动轮椅", "电动轮椅", "四脚助行器", "多功能护理床", "耳背式助听器", "坐便椅"};

  private final JdbcClient jdbc;
  private final RegionHierarchy regions;

  DeviceAndRehabDemoData(JdbcClient jdbc, RegionHierarchy regions) {
    this.jdbc = jdbc;
    this.regions = regions;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    boolean done =
        jdbc.sql("select exists (select 1 from disability.rental where ordered_by = 'demo')")
            .query(Boolean.class)
            .single();
    if (done) {
      return;
    }
    long started = System.currentTimeMillis();
    jdbc.sql(
            """
            insert into disability.device_item (name, kind, daily_rent, deposit, subsidy_percent)
            values ('手动轮椅', '轮椅', 2.00, 300.00, 50), ('电动轮椅', '轮椅', 8.00, 1500.00, 50),
                   ('四脚助行器', '助行器', 1.00, 100.00, 50), ('多功能护理床', '护理床', 5.00, 800.00, 50),
                   ('耳背式助听器', '助听器', 3.00, 500.00, 30), ('坐便椅', '助浴如厕', 1.00, 80.00, 50)
            on conflict (name) do nothing""")
        .update();
    List<String> districts =
        jdbc.sql(
                """
                select distinct substr(residence_region_code, 1, 6) || '000000'
                  from registry.person_fact
                 where residence_region_code like '5101%' and residence_region_code <> '510100000000'
                 order by 1""")
            .query(String.class)
            .list();
    List<Long> points = new ArrayList<>();
    List<Long> stations = new ArrayList<>();
    for (String district : districts) {
      String code = district.startsWith("510104") ? DEMO_STREET_POINT : district;
      String name = regions.nameOf(district);
      points.add(
          jdbc.sql(
                  "insert into disability.service_point (name, region_code, address)"
                      + " values (?, ?, ?) returning id")
              .params(name + "辅具租赁服务点", code, name + "残疾人服务中心一楼")
              .query(Long.class)
              .single());
      stations.add(
          jdbc.sql(
                  """
                  insert into disability.rehab_station (name, region_code, operator, capacity, services)
                  values (?, ?, ?, 30, '生活技能训练、职业康复、心理疏导、家属支持') returning id""")
              .params(name + "精神障碍社区康复站", code, name + "阳光社会工作服务中心")
              .query(Long.class)
              .single());
    }
    Long[] items =
        jdbc.sql("select id from disability.device_item where name = any(?) order by id")
            .param(ITEMS)
            .query(Long.class)
            .list()
            .toArray(Long[]::new);
    Long[] pointIds = points.toArray(Long[]::new);
    jdbc.sql(
            """
            insert into disability.device_unit (item_id, point_id, serial)
            select i, p, 'DEMO-' || p || '-' || i || '-' || n
              from unnest(cast(:items as bigint[])) i cross join unnest(cast(:points as bigint[])) p
             cross join generate_series(1, 8) n
            on conflict (serial) do nothing""")
        .param("items", items)
        .param("points", pointIds)
        .update();
    int rentals = rentals(items, pointIds);
    int enrolments = enrolments(stations.toArray(Long[]::new));
    int services = services();
    log.info(
        "演示数据（辅具租赁、精神康复）：服务点 {} 个，租赁 {} 次，康复对象 {} 人，服务 {} 人次，用时 {} ms",
        districts.size(),
        rentals,
        enrolments,
        services,
        System.currentTimeMillis() - started);
  }

  /**
   * Persons with a disability rating rent at the point of their district: the first {@link #OUT}
   * (at most eight per item and point, one unit each) are out now, due from 20 days ago to 40 days
   * ahead; the rest were returned in good condition and settled; three at the demo street's point
   * are reserved.
   */
  private int rentals(Long[] items, Long[] points) {
    int created =
        jdbc.sql(
                """
                with persons as (
                  select pf.id, pf.residence_region_code as region,
                         substr(pf.residence_region_code, 1, 6) as district,
                         row_number() over (order by md5(pf.id::text)) as rn
                    from registry.person_fact pf
                   where pf.disability_category is not null and pf.date_of_death is null
                     and pf.residence_region_code like '5101%'
                   limit :total),
                chosen as (
                  select p.*, (cast(:items as bigint[]))[cast(1 + p.rn % cardinality(cast(:items as bigint[])) as int)] as item_id,
                         (select sp.id from disability.service_point sp
                           where sp.id = any(cast(:points as bigint[]))
                             and substr(sp.region_code, 1, 6) = p.district limit 1) as point_id
                    from persons p),
                ranked as (
                  select c.*, row_number() over (partition by c.point_id, c.item_id order by c.rn) as k
                    from chosen c where c.point_id is not null)
                insert into disability.rental
                       (unit_id, item_id, point_id, person_id, region_code, channel, status, days,
                        deposit, ordered_at, handed_out_on, due_on, returned_on, return_condition,
                        rent, subsidy, damage_charge, deposit_refund, ordered_by)
                select u.id, r.item_id, r.point_id, r.id, r.region, 'PORTAL',
                       case when r.rn <= :out and r.k <= 8 then 'OUT' else 'RETURNED' end,
                       30, i.deposit, h.day - 1, h.day, h.day + 30,
                       case when r.rn <= :out and r.k <= 8 then null else h.day + d.used end,
                       case when r.rn <= :out and r.k <= 8 then null else 'GOOD' end,
                       case when r.rn <= :out and r.k <= 8 then null else i.daily_rent * d.used end,
                       case when r.rn <= :out and r.k <= 8 then null
                            else round(i.daily_rent * d.used * i.subsidy_percent / 100.0, 2) end,
                       case when r.rn <= :out and r.k <= 8 then null else 0 end,
                       case when r.rn <= :out and r.k <= 8 then null
                            else i.deposit - (i.daily_rent * d.used
                                              - round(i.daily_rent * d.used * i.subsidy_percent / 100.0, 2)) end,
                       'demo'
                  from ranked r
                  join disability.device_item i on i.id = r.item_id
                  cross join lateral (select cast(7 + (r.rn * 7) % 24 as int) as used) d
                  cross join lateral (
                    select case when r.rn <= :out and r.k <= 8 then current_date - 10 - (r.rn % 60)::int
                                else current_date - 40 - (r.rn * 13 % 140)::int end as day) h
                  cross join lateral (
                    select u.id from disability.device_unit u
                     where u.item_id = r.item_id and u.point_id = r.point_id
                     order by u.id offset (case when r.rn <= :out and r.k <= 8 then r.k - 1
                                                else r.rn % 8 end) limit 1) u""")
            .param("total", RENTALS)
            .param("out", OUT)
            .param("items", items)
            .param("points", points)
            .update();
    jdbc.sql(
            """
            update disability.device_unit u set status = 'RENTED'
              from disability.rental r where r.unit_id = u.id and r.status = 'OUT'""")
        .update();
    created +=
        jdbc.sql(
                """
                with free as (
                  select u.id as unit_id, u.item_id, u.point_id,
                         row_number() over (order by u.id) as n
                    from disability.device_unit u
                    join disability.service_point p on p.id = u.point_id
                   where p.region_code = :street and p.id = any(cast(:points as bigint[]))
                     and u.status = 'AVAILABLE'),
                persons as (
                  select id, residence_region_code, row_number() over (order by id) as n
                    from registry.person_fact
                   where residence_region_code like '510104001%' and date_of_death is null
                     and disability_category is not null
                   limit 3)
                insert into disability.rental (unit_id, item_id, point_id, person_id, region_code,
                       channel, status, days, deposit, ordered_by)
                select f.unit_id, f.item_id, f.point_id, p.id, p.residence_region_code, 'PORTAL',
                       'RESERVED', 30, i.deposit, 'demo'
                  from persons p join free f on f.n = p.n * 9
                  join disability.device_item i on i.id = f.item_id""")
            .param("street", DEMO_STREET_POINT)
            .param("points", points)
            .update();
    jdbc.sql(
            """
            update disability.device_unit u set status = 'RENTED'
              from disability.rental r where r.unit_id = u.id and r.status = 'RESERVED'""")
        .update();
    return created;
  }

  /** Persons with a mental disability rating enrolled at their district's station (≤ 10 each). */
  private int enrolments(Long[] stations) {
    return jdbc.sql(
            """
            with persons as (
              select pf.id, pf.residence_region_code as region,
                     (select s.id from disability.rehab_station s
                       where s.id = any(cast(:stations as bigint[]))
                         and substr(s.region_code, 1, 6) = substr(pf.residence_region_code, 1, 6)
                       limit 1) as station_id,
                     row_number() over (partition by substr(pf.residence_region_code, 1, 6)
                                        order by md5(pf.id::text)) as k
                from registry.person_fact pf
               where pf.disability_category = 'MENTAL' and pf.date_of_death is null
                 and pf.residence_region_code like '5101%')
            insert into disability.rehab_enrolment (station_id, person_id, region_code, consent_by,
                   guardian_name, consent_on, enrolled_on, enrolled_by)
            select station_id, id, region, case when k % 3 = 0 then 'GUARDIAN' else 'SELF' end,
                   case when k % 3 = 0 then '监护人（演示）' end,
                   current_date - 180 + (k * 11 % 90)::int - 3, current_date - 180 + (k * 11 % 90)::int,
                   'demo'
              from persons where station_id is not null and k <= 10
            on conflict do nothing""")
        .param("stations", stations)
        .update();
  }

  /** Services of the enrolled, every two weeks from enrolment, up to the brief's proportion. */
  private int services() {
    return jdbc.sql(
            """
            insert into disability.rehab_service (enrolment_id, served_on, service, minutes, worker,
                   region_code)
            select e.id, d::date,
                   (array['生活技能训练', '心理疏导', '职业康复', '家属支持'])[cast(1 + (e.id + n) % 4 as int)],
                   cast(30 + ((e.id + n) % 4) * 15 as int), '康复社工（演示）', e.region_code
              from disability.rehab_enrolment e
             cross join lateral generate_series(e.enrolled_on + 3, current_date, interval '14 days')
                   with ordinality as g(d, n)
             where e.enrolled_by = 'demo'
             order by d limit :services""")
        .param("services", SERVICES)
        .update();
  }
}
