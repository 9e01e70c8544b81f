package cn.minzheng.funeral.demo;

import cn.minzheng.funeral.cases.SubsidyCases;
import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.funeral.config.FacilityKind;
import cn.minzheng.funeral.config.Ownership;
import cn.minzheng.funeral.config.ServiceItem;
import cn.minzheng.funeral.halls.HallKind;
import cn.minzheng.funeral.halls.MemorialHalls;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
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

/**
 * With {@code minzheng.demo.enabled=true}, once: five public funeral homes and two cemeteries with
 * their services and prices, the brief's 15 comprehensive and 10 convenience memorial halls with
 * two weeks of farewell slots, and six months of subsidy cases for the registry's demo deaths at
 * the brief's rate at 1 % scale (5.28万 families in a half year → about 88 a month): service
 * records, the subsidy computed by the rules, approved and paid in the month after death; the last
 * month's deaths still open or applied.
 */
@Component
@Order(400)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class FuneralDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FuneralDemoData.class);
  static final String MARK = "演示";
  static final int PER_MONTH = 88;

  private final JdbcClient jdbc;
  private final Facilities facilities;
  private final MemorialHalls halls;
  private final SubsidyCases cases;

  FuneralDemoData(JdbcClient jdbc, Facilities facilities, MemorialHalls halls, SubsidyCases cases) {
    this.jdbc = jdbc;
    this.facilities = facilities;
    this.halls = halls;
    this.cases = cases;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean done =
        jdbc.sql("select exists (select 1 from funeral.facility where created_by = 'demo')")
            .query(Boolean.class)
            .single();
    if (done) {
      return;
    }
    long started = System.currentTimeMillis();
    List<Long> homes = new ArrayList<>();
    String[][] homeRows = {
      {"成都市殡仪馆", "510108000000", "成华区龙潭街道"},
      {"锦江区殡仪服务中心", "510104000000", "锦江区三圣街道"},
      {"青羊区殡仪服务中心", "510105000000", "青羊区文家街道"},
      {"双流区殡仪馆", "510116000000", "双流区东升街道"},
      {"郫都区殡仪馆", "510117000000", "郫都区郫筒街道"}
    };
    for (String[] h : homeRows) {
      long id =
          facilities.add(h[0], FacilityKind.FUNERAL_HOME, Ownership.PUBLIC, h[1], h[2], "demo");
      homes.add(id);
      facilities.addOffer(id, ServiceItem.TRANSPORT, "遗体接运（市区）", new BigDecimal("300.00"), "demo");
      facilities.addOffer(
          id, ServiceItem.REFRIGERATION, "遗体冷藏（每日）", new BigDecimal("100.00"), "demo");
      facilities.addOffer(id, ServiceItem.CREMATION, "遗体火化（普通炉）", new BigDecimal("450.00"), "demo");
      facilities.addOffer(
          id, ServiceItem.ASHES_STORAGE, "骨灰寄存（每年）", new BigDecimal("120.00"), "demo");
      facilities.addOffer(id, ServiceItem.OTHER, "遗体整容", new BigDecimal("280.00"), "demo");
    }
    long cemetery =
        facilities.add(
            "成都市公益性生态公墓",
            FacilityKind.CEMETERY,
            Ownership.PUBLIC,
            "510112000000",
            "龙泉驿区山泉镇",
            "demo");
    facilities.addOffer(cemetery, ServiceItem.TREE_BURIAL, "树葬", new BigDecimal("800.00"), "demo");
    facilities.addOffer(
        cemetery, ServiceItem.LAWN_BURIAL, "草坪葬", new BigDecimal("1200.00"), "demo");
    facilities.addOffer(
        cemetery, ServiceItem.FLOWER_BURIAL, "花葬", new BigDecimal("900.00"), "demo");
    facilities.add(
        "青城山经营性公墓", FacilityKind.CEMETERY, Ownership.OPERATING, "510181000000", "都江堰市青城山镇", "demo");

    // the brief: 15 comprehensive and 10 convenience halls
    LocalDate today = ChinaTime.today();
    int slots = 0;
    for (int i = 0; i < 25; i++) {
      HallKind kind = i < 15 ? HallKind.COMPREHENSIVE : HallKind.CONVENIENCE;
      long hall =
          halls.add(
              homes.get(i % homes.size()),
              (kind == HallKind.COMPREHENSIVE ? "综合告别厅" : "便民告别厅") + (i + 1) + "号",
              kind,
              "demo");
      slots += halls.openDays(hall, today, today.plusDays(13));
    }
    int opened = history(homes, today);
    log.info(
        "演示数据（殡葬）：殡葬服务机构 7 家，告别厅 25 个（时段 {} 个），补贴案件 {} 件，用时 {} ms",
        slots,
        opened,
        System.currentTimeMillis() - started);
  }

  /** Six months of cases for the registry's demo deaths, set-based; paid ones computed by rule. */
  private int history(List<Long> homes, LocalDate today) {
    YearMonth now = YearMonth.from(today);
    int n =
        jdbc.sql(
                """
                insert into funeral.subsidy_case (case_no, deceased_person_id, date_of_death,
                       region_code, beneficiary_group, opened_via, state)
                select 'BZ' || to_char(d.date_of_death, 'YYYYMM') || '-' || d.id, d.id,
                       d.date_of_death, d.residence_region_code,
                       case when d.hukou_region_code like '5101%' or d.hukou_region_code is null
                            then 'RESIDENT' else 'NON_RESIDENT' end,
                       'DEATH', 'OPEN'
                  from (select p.*, row_number() over (partition by date_trunc('month', p.date_of_death)
                                                       order by p.id) as rn
                          from registry.person_fact p
                         where p.life_status = 'DECEASED' and p.date_of_death >= ?
                           and p.date_of_death <= ?) d
                 where d.rn <= ?
                on conflict (deceased_person_id) do nothing""")
            .params(now.minusMonths(6).atDay(1), today, PER_MONTH)
            .update();
    // the group of those paid 特困 or 低保 at death
    jdbc.sql(
            """
            update funeral.subsidy_case c set beneficiary_group = e.programme
              from (select distinct on (person_id) person_id, programme
                      from payments.entitlement_fact where programme in ('TEKUN', 'DIBAO')
                     order by person_id, programme desc) e
             where e.person_id = c.deceased_person_id and c.opened_via = 'DEATH'""")
        .update();
    for (Long home : homes) {
      jdbc.sql(
              """
              insert into funeral.record_batch (facility_id, source, idempotency_key, rows_total,
                     rows_accepted, received_by)
              values (?, 'UPLOAD', 'demo', 0, 0, 'demo') on conflict do nothing""")
          .param(home)
          .update();
    }
    // transport, cremation and a year of ashes storage at one of the homes; one family in ten
    // chose a tree burial
    jdbc.sql(
            """
            insert into funeral.service_record (case_id, facility_id, batch_id, item, served_on,
                   charged)
            select c.id, b.facility_id, b.id, i.item, c.date_of_death + i.after, i.charged
              from funeral.subsidy_case c
              cross join lateral (select r.id, r.facility_id from funeral.record_batch r
                                   where r.idempotency_key = 'demo'
                                   order by r.facility_id offset (c.id % 5) limit 1) b
              cross join (values ('TRANSPORT', 0, 300.00), ('CREMATION', 2, 450.00),
                                 ('ASHES_STORAGE', 3, 120.00),
                                 ('TREE_BURIAL', 20, 800.00)) as i(item, after, charged)
             where i.item <> 'TREE_BURIAL' or c.id % 10 = 0
            on conflict do nothing""")
        .update();
    // the family: the deceased's household head, else another member
    List<long[]> families =
        jdbc.sql(
                """
                select c.id, (select m2.person_id from registry.membership_fact m
                                join registry.membership_fact m2 on m2.household_id = m.household_id
                                join registry.person_fact p on p.id = m2.person_id
                               where m.person_id = c.deceased_person_id
                                 and m2.person_id <> c.deceased_person_id
                                 and p.life_status <> 'DECEASED'
                               order by m2.valid_to nulls first, m2.person_id limit 1)
                  from funeral.subsidy_case c
                 where c.state = 'OPEN' and c.date_of_death < ?""")
            .param(now.atDay(1))
            .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.wasNull() ? 1 : 0})
            .list();
    for (long[] f : families) {
      if (f[2] == 1) {
        continue;
      }
      var c = cases.find(f[0]).orElseThrow();
      var result = cases.calculate(c);
      if (result.total().signum() <= 0) {
        continue;
      }
      YearMonth pay = YearMonth.from(c.dateOfDeath()).plusMonths(1);
      jdbc.sql(
              """
              update funeral.subsidy_case
                 set state = 'APPROVED', applicant_person_id = ?,
                     applicant_name = (select name from registry.person_fact where id = ?),
                     applied_via = 'COUNTER', applied_at = now(), applied_by = 'demo',
                     amount = ?, basis = ?, proposed_by = 'demo_maker', proposed_at = now(),
                     approved_by = 'demo_checker', approved_at = now()
               where id = ?""")
          .params(f[1], f[1], result.total(), result.basis(), f[0])
          .update();
      jdbc.sql(
              """
              insert into funeral.subsidy_payment (case_id, deceased_person_id, payee_person_id,
                     pay_month, amount, region_code, case_no)
              values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
          .params(
              f[0],
              c.deceasedPersonId(),
              f[1],
              pay.atDay(1),
              result.total(),
              c.regionCode(),
              c.caseNo())
          .update();
    }
    return n;
  }
}
