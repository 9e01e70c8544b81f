package cn.minzheng.bench;

import cn.minzheng.assistance.run.MonthlyRun;
import cn.minzheng.payments.Programme;
import cn.minzheng.payments.domain.RosterDrafting;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark 2: the social-assistance monthly run over confirmed cases whose members add up to the
 * requested number of entitlements (低保 households 80 %, 特困 single persons 15 %, 临时救助 one-offs 5 %
 * of the cases), then one roster per district and programme. The cases are seeded set-based from
 * the registry's households (untimed). Floor: the resulting entitlement rows written twice by
 * {@code INSERT ... SELECT} into unindexed tables (the entitlements and the roster lines).
 */
final class MonthlyRunBenchmark {

  static final YearMonth MONTH = YearMonth.of(2026, 12);

  private final ApplicationContext context;
  private final BenchDatabase database;
  private final JdbcClient jdbc;

  MonthlyRunBenchmark(ApplicationContext context, BenchDatabase database) {
    this.context = context;
    this.database = database;
    this.jdbc = context.getBean(JdbcClient.class);
  }

  BenchResult run(long entitlements) {
    long cases = seedCases(entitlements);
    MonthlyRun run = context.getBean(MonthlyRun.class);
    RosterDrafting drafting = context.getBean(RosterDrafting.class);
    StaffUser maker = new StaffUser(0, "bench", "基准测试", "510100000000", Set.of(Role.CITY_ADMIN));
    SecurityContextHolder.getContext().setAuthentication(StaffAuthentication.of(maker));
    PeakHeap.reset();
    long started = System.nanoTime();
    int rosters = 0;
    long people = 0;
    String profile;
    try (StatementProfile sampler = new StatementProfile(jdbc)) {
      for (MonthlyRun.Outcome outcome : run.run(MONTH, "bench")) {
        people += outcome.people();
      }
      for (Programme programme : List.of(Programme.DIBAO, Programme.TEKUN, Programme.LINSHI)) {
        rosters += drafting.draft(programme, MONTH, maker);
      }
      profile = sampler.summary(10);
    } finally {
      SecurityContextHolder.clearContext();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.println("monthly-run: where the time went (share of 200 ms samples)\n" + profile);
    long heap = PeakHeap.read();
    String rows =
        "select person_id, programme, month, amount, basis, region_code, case_ref"
            + " from payments.entitlement where month = date '"
            + MONTH.atDay(1)
            + "'";
    String columns =
        "person_id bigint, programme text, month date, amount numeric(12,2), basis text,"
            + " region_code text, case_ref text";
    Duration floor =
        database.insertSelectFloor(columns, rows).plus(database.insertSelectFloor(columns, rows));
    return new BenchResult(
        "monthly run: assistance entitlements + district rosters",
        people,
        took,
        BenchResult.perSecond(people, took) + " entitlements",
        floor,
        "< 30 s, ≤ 5× floor",
        took.toSeconds() < 30 && took.toNanos() <= 5 * floor.toNanos() ? "yes" : "NO",
        heap,
        String.format(
            "%,d confirmed cases, %d rosters; floor = INSERT…SELECT of the same rows twice"
                + " into unindexed tables",
            cases, rosters));
  }

  /** Confirmed cases over whole households, in household order, until the members suffice. */
  private long seedCases(long entitlements) {
    database.execute("create schema if not exists bench");
    forgetSeededCases();
    database.execute("drop table if exists bench.case_household");
    database.execute(
        """
        create table bench.case_household as
        select h.id as household_id, h.head_person_id, h.region_code, n,
               case when n %% 20 < 16 then 'DIBAO' when n %% 20 < 19 then 'TEKUN' else 'LINSHI' end
                 as type
          from (select h.*, row_number() over (order by h.id) as n
                  from registry.household h where h.head_person_id is not null) h
         where n <= %d"""
            .formatted(entitlements * 10 / 26 + 1));
    database.execute(
        """
        insert into assistance.assistance_case
          (case_no, type, category, household_id, applicant_person_id, applicant_name,
           region_code, street_code, area_code, state, applied_on, deadline, consent_ref,
           consent_signed_on, care_level, proposed_amount, proposed_by_id, proposed_by,
           decided_by_id, decided_by, decided_on, start_month, created_by)
        select 'BENCH-' || n, type, case when type = 'DIBAO' then 'BOTTOM' end, household_id,
               head_person_id, '基准', region_code, left(region_code, 9) || '000',
               left(region_code, 6) || '000000', 'CONFIRMED', date '2026-01-05',
               date '2026-02-15', 'bench-consent-' || n, date '2026-01-05',
               case when type = 'TEKUN' then 'SELF' end,
               case when type = 'LINSHI' then 1820 else 600 end, 1, 'bench-maker', 2,
               'bench-checker', date '2026-01-20',
               case when type = 'LINSHI' then date '%s' else date '2026-02-01' end, 'bench'
          from bench.case_household"""
            .formatted(MONTH.atDay(1)));
    // Planned without statistics, the members' join below ran for 15 minutes at 21,000,000
    // persons (the cases looked empty); with them it is one hash join.
    database.vacuumAnalyze("assistance.assistance_case");
    database.execute(
        """
        insert into assistance.case_member
          (case_id, person_id, name, relationship, birth_date, monthly_income)
        select c.id, p.id, p.name, m.relationship, p.birth_date, 0
          from assistance.assistance_case c
          join registry.household_member m on m.household_id = c.household_id and m.valid_to is null
          join registry.person p on p.id = m.person_id and p.life_status = 'ALIVE'
         where c.case_no like 'BENCH-%'
           and (c.type = 'DIBAO' or p.id = c.applicant_person_id)""");
    database.execute(
        """
        insert into assistance.case_income (case_id, from_month, household_income, reason)
        select id, date '2026-02-01', (id % 700) * 2, 'bench' from assistance.assistance_case
         where case_no like 'BENCH-%'""");
    database.vacuumAnalyze("assistance.assistance_case");
    database.vacuumAnalyze("assistance.case_member");
    database.vacuumAnalyze("assistance.case_income");
    return jdbc.sql("select count(*) from assistance.assistance_case where case_no like 'BENCH-%'")
        .query(Long.class)
        .single();
  }

  /** Cases a run interrupted while seeding left behind (a rerun with --keep seeds them again). */
  private void forgetSeededCases() {
    String seeded = "select id from assistance.assistance_case where case_no like 'BENCH-%'";
    for (String table : List.of("case_income", "case_member", "case_event", "review")) {
      database.execute("delete from assistance." + table + " where case_id in (" + seeded + ")");
    }
    database.execute("delete from assistance.assistance_case where case_no like 'BENCH-%'");
  }
}
