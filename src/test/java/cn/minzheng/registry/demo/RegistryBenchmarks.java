package cn.minzheng.registry.demo;

import cn.minzheng.bench.BenchDatabase;
import cn.minzheng.bench.BenchResult;
import cn.minzheng.bench.Latencies;
import cn.minzheng.bench.PeakHeap;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.domain.search.PersonCriteria;
import cn.minzheng.registry.domain.search.PersonSearch;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark 1 of the city-scale set: the registry load with the demo generator (COPY) against the
 * COPY floor of the very rows it stored, then lookups by ID number (blind index) and by name prefix
 * (the staff search of a city-level user, page and capped count).
 */
public final class RegistryBenchmarks {

  private final ApplicationContext context;
  private final BenchDatabase database;
  private final JdbcClient jdbc;

  public RegistryBenchmarks(ApplicationContext context, BenchDatabase database) {
    this.context = context;
    this.database = database;
    this.jdbc = context.getBean(JdbcClient.class);
  }

  public long persons() {
    return jdbc.sql("select count(*) from registry.person").query(Long.class).single();
  }

  public BenchResult load(long persons, long seed) {
    List<DemoCommunity> communities =
        DemoCommunities.current(context.getBean(RegionQuery.class), ChinaTime.today());
    DemoPopulation population =
        new DemoPopulation(
            new DemoSettings(seed, persons, DemoSettings.DEFAULT_REFERENCE_DATE), communities);
    DemoPopulationLoader loader = context.getBean(DemoPopulationLoader.class);
    PeakHeap.reset();
    long started = System.nanoTime();
    DemoPopulationLoader.LoadResult result =
        context.getBean(TransactionTemplate.class).execute(status -> loader.load(population));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    long heap = PeakHeap.read();
    Duration floor = Duration.ZERO;
    for (String table :
        List.of("registry.person", "registry.household", "registry.household_member")) {
      floor = floor.plus(database.copyFloor(table, database.export(table)));
    }
    long rows = result.persons() * 2 + result.households();
    return new BenchResult(
        "registry load (persons + households + memberships)",
        result.persons(),
        took,
        BenchResult.perSecond(result.persons(), took) + " persons",
        floor,
        "≤ 3× floor",
        took.toNanos() <= 3 * floor.toNanos() ? "yes" : "NO",
        heap,
        String.format(
            "%,d households, %,d rows in all; floor = COPY of the stored rows into unindexed"
                + " tables",
            result.households(), rows));
  }

  public List<BenchResult> lookups(int count) {
    for (String table :
        List.of("registry.person", "registry.household", "registry.household_member")) {
      database.vacuumAnalyze(table);
    }
    List<String> idNumbers = sampleIdNumbers(count);
    List<String> prefixes = idNumbers.isEmpty() ? List.of() : sampleNamePrefixes(count);
    PersonDirectory directory = context.getBean(PersonDirectory.class);
    PersonSearch search = context.getBean(PersonSearch.class);
    List<BenchResult> results = new ArrayList<>();
    PeakHeap.reset();
    results.add(
        timed(
            "registry lookup by ID number (blind index)",
            idNumbers,
            id -> {
              if (directory.findByIdNumber(IdCardNo.parse(id)).isEmpty()) {
                throw new IllegalStateException("a sampled person was not found");
              }
            },
            "p95 < 5 ms"));
    SecurityContextHolder.getContext()
        .setAuthentication(
            StaffAuthentication.of(
                new StaffUser(0, "bench", "基准测试", "510100000000", Set.of(Role.CITY_ADMIN))));
    try {
      results.add(
          timed(
              "registry search by name prefix (city scope, page of 20 + count)",
              prefixes,
              prefix ->
                  search.search(
                      new PersonCriteria(
                          null, prefix, false, null, null, null, "name", false, 0, 20)),
              "–"));
    } finally {
      SecurityContextHolder.clearContext();
    }
    return results;
  }

  private interface Lookup {
    void run(String key);
  }

  private BenchResult timed(String name, List<String> keys, Lookup lookup, String target) {
    int warmUp = Math.min(1_000, keys.size() / 10);
    for (int i = 0; i < warmUp; i++) {
      lookup.run(keys.get(i));
    }
    Latencies latencies = new Latencies(keys.size());
    long started = System.nanoTime();
    for (String key : keys) {
      long t = System.nanoTime();
      lookup.run(key);
      latencies.add(System.nanoTime() - t);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    String met =
        target.startsWith("p95 < 5") ? (latencies.percentileMillis(95) < 5 ? "yes" : "NO") : "–";
    return new BenchResult(
        name,
        keys.size(),
        took,
        BenchResult.perSecond(keys.size(), took),
        null,
        target,
        met,
        PeakHeap.read(),
        latencies.summary() + " (one client, sequential)");
  }

  private List<String> sampleIdNumbers(int count) {
    FieldCipher cipher = context.getBean(FieldCipher.class);
    long[] range =
        jdbc.sql("select min(id), max(id) from registry.person")
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
            .single();
    Random random = new Random(42);
    List<Long> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(range[0] + (long) (random.nextDouble() * (range[1] - range[0] + 1)));
    }
    List<String> numbers = new ArrayList<>(count);
    for (int from = 0; from < ids.size(); from += 5_000) {
      List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 5_000));
      jdbc.sql("select id_number_enc from registry.person where id = any(?)")
          .param(slice.toArray(Long[]::new))
          .query((rs, n) -> cipher.decrypt(rs.getBytes(1)))
          .list()
          .forEach(numbers::add);
    }
    return numbers;
  }

  /** Surname and first given character of random persons: the prefix a clerk types. */
  private List<String> sampleNamePrefixes(int count) {
    return jdbc.sql(
            "select left(name, 2) from registry.person tablesample system (1) repeatable (7)"
                + " limit ?")
        .param(count)
        .query(String.class)
        .list();
  }
}
