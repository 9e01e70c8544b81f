package cn.minzheng.bench;

import cn.minzheng.MinzhengApplication;
import cn.minzheng.registry.demo.RegistryBenchmarks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench/run}: starts the application on its own embedded PostgreSQL under target/bench,
 * generates the data set at the chosen scale and runs the benchmarks in one JVM — the application's
 * — so that heap figures are the application's own.
 */
public final class Bench {

  private static final Path WORK = Path.of("target", "bench");

  private Bench() {}

  public static void main(String[] args) throws IOException, SQLException, InterruptedException {
    BenchOptions options = BenchOptions.parse(args);
    if (!options.keep()) {
      deleteRecursively(WORK.resolve("pg"));
    }
    Files.createDirectories(WORK);
    List<BenchResult> results = new ArrayList<>();
    try (ConfigurableApplicationContext context = start()) {
      BenchDatabase database = new BenchDatabase(context.getEnvironment(), WORK);
      RegistryBenchmarks registry = new RegistryBenchmarks(context, database);
      long present = registry.persons();
      if (present == 0) {
        results.add(registry.load(options.persons(), 20260101L));
      } else if (present != options.persons()) {
        throw new IllegalStateException(
            "target/bench/pg holds " + present + " persons; run without --keep");
      }
      if (options.runs("lookup")) {
        results.addAll(registry.lookups(options.lookups()));
      }
      if (options.runs("lookup-http")) {
        results.add(new PersonLookupHttpBenchmark(context).run(options.lookups()));
      }
      if (options.runs("monthly-run")) {
        results.add(new MonthlyRunBenchmark(context, database).run(options.entitlements()));
      }
      if (options.runs("feed-import")) {
        results.add(new FeedImportBenchmark(context, database, WORK).run(options.feedRows()));
      }
      if (options.runs("care-screening-import")) {
        results.add(
            new CareScreeningBenchmark(context, database, WORK)
                .run(options.carePupils(), options.careSchools()));
      }
      if (options.runs("booking-rush")) {
        results.add(
            new BookingRushBenchmark(context, database, WORK)
                .run(
                    options.rushBookings(),
                    Integer.getInteger("minzheng.bench.rush-clients", 500)));
      }
      if (options.runs("booking-rush-open")) {
        results.add(
            new BookingRushBenchmark(context, database, WORK)
                .runOpen(
                    OpenLoopPlan.parse(options.rushRates(), options.rushStepSeconds()),
                    Integer.getInteger("minzheng.bench.rush-open-threads", 2000),
                    java.time.Duration.ofSeconds(options.floorSeconds())));
      }
      if (options.runs("cockpit")) {
        results.addAll(new CockpitBenchmark(context).run());
      }
      database.execute("drop schema if exists bench cascade");
    }
    String table =
        ResultTable.render(
            results,
            "Benchmarks of "
                + LocalDateTime.now().withNano(0)
                + " on "
                + Runtime.getRuntime().availableProcessors()
                + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MiB");
    Files.writeString(WORK.resolve("results.md"), table);
    System.out.println();
    System.out.println(table);
    System.exit(0);
  }

  private static ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(MinzhengApplication.class)
        .properties("logging.structured.format.console=", "logging.level.org.flywaydb=warn")
        .run(
            "--minzheng.embedded-db.data-dir=" + WORK.resolve("pg"),
            "--minzheng.crypto.allow-generated-key=true",
            "--minzheng.crypto.generated-key-dir=" + WORK.resolve("keys"),
            "--minzheng.demo.enabled=false",
            "--server.port=0");
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
