package cn.minzheng.bench;

import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.MonthReplaced;
import cn.minzheng.payments.Programme;
import cn.minzheng.payments.domain.RosterDrafting;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark 2: a month of 1 million active entitlements across programmes (低保 60 %, 特困 25 %, 临时救助
 * 15 %), computed set-based from the cases of a scratch table (difference method for 低保, basic +
 * care for 特困, one-off for 临时救助) through {@link Entitlements#replaceMonthFrom}, then one roster per
 * district and programme. Floor: the same rows written twice by {@code INSERT ... SELECT} into
 * unindexed tables (the entitlements and the roster lines).
 */
final class MonthlyRunBenchmark {

  private static final Map<Programme, String> SOURCES =
      Map.of(
          Programme.DIBAO,
              "select person_id, round((910 - per_capita_income) * members, 2), 'bench',"
                  + " region_code, case_ref from bench.active_case where programme = 'DIBAO'",
          Programme.TEKUN,
              "select person_id, round(910 * 1.3, 2) + care_allowance, 'bench', region_code,"
                  + " case_ref from bench.active_case where programme = 'TEKUN'",
          Programme.LINSHI,
              "select person_id, one_off_amount, 'bench', region_code, case_ref"
                  + " from bench.active_case where programme = 'LINSHI'");

  private final ApplicationContext context;
  private final BenchDatabase database;

  MonthlyRunBenchmark(ApplicationContext context, BenchDatabase database) {
    this.context = context;
    this.database = database;
  }

  BenchResult run(long size) {
    prepareCases(size);
    Entitlements entitlements = context.getBean(Entitlements.class);
    RosterDrafting drafting = context.getBean(RosterDrafting.class);
    StaffUser maker = new StaffUser(0, "bench", "基准测试", "510100000000", Set.of(Role.CITY_ADMIN));
    YearMonth month = YearMonth.of(2026, 12);
    SecurityContextHolder.getContext().setAuthentication(StaffAuthentication.of(maker));
    PeakHeap.reset();
    long started = System.nanoTime();
    long people = 0;
    int rosters = 0;
    try {
      for (Map.Entry<Programme, String> source : SOURCES.entrySet()) {
        MonthReplaced replaced =
            entitlements.replaceMonthFrom(source.getKey(), month, source.getValue());
        people += replaced.people();
        rosters += drafting.draft(source.getKey(), month, maker);
      }
    } finally {
      SecurityContextHolder.clearContext();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    long heap = PeakHeap.read();
    String rows =
        "select person_id, programme, date '2026-12-01', round((910 - per_capita_income) *"
            + " members, 2), 'bench', region_code, case_ref from bench.active_case";
    String columns =
        "person_id bigint, programme text, month date, amount numeric(12,2), basis text,"
            + " region_code text, case_ref text";
    Duration floor =
        database.insertSelectFloor(columns, rows).plus(database.insertSelectFloor(columns, rows));
    return new BenchResult(
        "monthly run (entitlements + district rosters)",
        people,
        took,
        BenchResult.perSecond(people, took) + " entitlements",
        floor,
        "< 30 s, ≤ 5× floor",
        took.toSeconds() < 30 && took.toNanos() <= 5 * floor.toNanos() ? "yes" : "NO",
        heap,
        rosters
            + " rosters; floor = INSERT…SELECT of the same rows twice (entitlements, roster"
            + " lines) into unindexed tables");
  }

  /** The active cases: the first {@code size} living persons, one case each. */
  private void prepareCases(long size) {
    database.execute("create schema if not exists bench");
    database.execute("drop table if exists bench.active_case");
    database.execute(
        """
        create table bench.active_case as
        select p.id as person_id,
               case when n % 20 < 12 then 'DIBAO' when n % 20 < 17 then 'TEKUN' else 'LINSHI' end
                 as programme,
               (n % 700)::numeric as per_capita_income,
               1 + n % 4 as members,
               (n % 3) * 300::numeric as care_allowance,
               (1 + n % 6) * 910::numeric as one_off_amount,
               p.residence_region_code as region_code,
               'bench-' || n as case_ref
        from (select id, residence_region_code, row_number() over (order by id) as n
              from registry.person where life_status = 'ALIVE' order by id limit\s"""
            + size
            + ") p");
    database.execute("grant usage on schema bench to minzheng_app");
    database.execute("grant select on bench.active_case to minzheng_app");
    database.vacuumAnalyze("bench.active_case");
  }
}
