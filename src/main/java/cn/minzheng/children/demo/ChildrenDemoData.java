package cn.minzheng.children.demo;

import cn.minzheng.children.allowance.ChildAllowanceRun;
import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
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
 * With {@code minzheng.demo.enabled=true}, once (guarded by the demo cases): children's allowance
 * cases in the brief's proportions at the demo scale (1.61万 person-times in a half year is about
 * 2,700 children a month city-wide: 1 % of it, about 27 — 60 % scattered orphans, 10 % orphans in
 * institutional care, 30 % de-facto unsupported), approved a year ago and paid for the last seven
 * months; the protection network on the real region tree (17 centres, a workstation in all but a
 * few streets, points in about 80 % of the communities, a few without a named director). Set-based.
 */
@Component
@Order(320)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class ChildrenDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ChildrenDemoData.class);

  private final JdbcClient jdbc;
  private final ChildAllowanceRun run;
  private final RegionQuery regions;

  ChildrenDemoData(JdbcClient jdbc, ChildAllowanceRun run, RegionQuery regions) {
    this.jdbc = jdbc;
    this.run = run;
    this.regions = regions;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean done =
        jdbc.sql("select exists (select 1 from children.allowance_case where filed_by = 'demo')")
            .query(Boolean.class)
            .single();
    if (done) {
      return;
    }
    long started = System.currentTimeMillis();
    YearMonth now = YearMonth.from(ChinaTime.today());
    int children = cases(now.minusMonths(12).atDay(1), ChinaTime.today());
    int units = network();
    for (int back = 6; back >= 0; back--) {
      try {
        run.run(now.minusMonths(back));
      } catch (MonthLockedException approved) {
        log.info("演示数据：{} 儿童基本生活费名册已审核，跳过", now.minusMonths(back));
      }
    }
    log.info(
        "演示数据（儿童福利）：在发个案 {} 个，网络单位 {} 个，用时 {} ms",
        children,
        units,
        System.currentTimeMillis() - started);
  }

  int cases(LocalDate firstMonth, LocalDate today) {
    int created =
        jdbc.sql(
                """
                insert into children.allowance_case
                       (child_person_id, category, care_type, state, source, region_code,
                        guardian_name, guardian_relation, consent, reason, filed_by, proposed_by,
                        street_opinion, decided_by, decided_on, decision_note, first_month)
                select p.id,
                       case when n % 10 < 7 then 'ORPHAN' else 'UNSUPPORTED' end,
                       case when n % 10 = 0 then 'INSTITUTION' else 'SCATTERED' end,
                       'APPROVED', 'STAFF', p.residence_region_code,
                       '（演示）监护人' || n, case when n % 2 = 0 then '祖母' else '外祖父' end, true,
                       '演示数据', 'demo', 'demo_street', '情况属实', 'demo_district',
                       (cast(:first as date) - 10), '同意', cast(:first as date)
                  from (select p.*, row_number() over (order by p.id) as n
                          from registry.person_fact p
                         where p.date_of_death is null
                           and p.birth_date > (cast(:today as date) - interval '16 years')::date
                           and p.birth_date < (cast(:today as date) - interval '2 years')::date
                           and p.residence_region_code like '5101%'
                           and not exists (select 1 from children.allowance_case x
                                            where x.child_person_id = p.id)
                         order by p.id limit 27) p""")
            .param("first", firstMonth)
            .param("today", today)
            .update();
    jdbc.sql(
            """
            insert into children.care_period (case_id, care_type, valid_from)
            select id, care_type, first_month from children.allowance_case where filed_by = 'demo'
            on conflict do nothing""")
        .update();
    jdbc.sql(
            """
            insert into children.parent_situation (case_id, parent, situation, since, evidence)
            select c.id, x.parent,
                   case when c.category = 'ORPHAN' or x.parent = 'FATHER' then 'DECEASED'
                        else (array['IMPRISONED', 'SEVERELY_DISABLED', 'OUT_OF_CONTACT', 'SERIOUSLY_ILL'])[1 + c.id % 4]
                   end,
                   cast(:since as date), '演示数据'
              from children.allowance_case c cross join (values ('FATHER'), ('MOTHER')) x(parent)
             where c.filed_by = 'demo'
            on conflict do nothing""")
        .param("since", firstMonth.minusYears(2))
        .update();
    return created;
  }

  int network() {
    List<String> kinds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    List<String> directors = new ArrayList<>();
    LocalDate today = ChinaTime.today();
    int counties = 0;
    int streets = 0;
    int communities = 0;
    for (RegionNode node : regions.all()) {
      if (!node.activeOn(today)) {
        continue;
      }
      switch (node.level()) {
        case CITY ->
            add(
                kinds,
                names,
                codes,
                directors,
                "CENTRE",
                node.name() + "未成年人保护中心",
                node.code(),
                "中心主任");
        case COUNTY -> {
          if (counties++ < 16) {
            add(
                kinds,
                names,
                codes,
                directors,
                "CENTRE",
                node.name() + "未成年人保护中心",
                node.code(),
                "中心主任");
          }
        }
        case STREET -> {
          if (++streets % 40 != 0) {
            add(
                kinds,
                names,
                codes,
                directors,
                "WORKSTATION",
                node.name() + "未成年人保护工作站",
                node.code(),
                streets % 25 == 0 ? null : "督导员" + streets);
          }
        }
        case COMMUNITY -> {
          if (++communities % 5 != 0) {
            add(
                kinds,
                names,
                codes,
                directors,
                "POINT",
                node.name() + "儿童之家",
                node.code(),
                communities % 30 == 1 ? null : "儿童主任" + communities);
          }
        }
      }
    }
    return jdbc.sql(
            """
            insert into children.network_unit (kind, name, region_code, director_name, updated_by)
            select k, n, c, d, 'demo'
              from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))
                   as u(k, n, c, d)
            on conflict do nothing""")
        .params(
            kinds.toArray(String[]::new),
            names.toArray(String[]::new),
            codes.toArray(String[]::new),
            directors.toArray(String[]::new))
        .update();
  }

  private static void add(
      List<String> kinds,
      List<String> names,
      List<String> codes,
      List<String> directors,
      String kind,
      String name,
      String code,
      String director) {
    kinds.add(kind);
    names.add(name);
    codes.add(code);
    directors.add(director);
  }
}
