package cn.minzheng.bench;

import cn.minzheng.monitoring.feeds.Delivery;
import cn.minzheng.monitoring.feeds.FeedBatch;
import cn.minzheng.monitoring.feeds.FeedFiles;
import cn.minzheng.monitoring.feeds.FeedImportResult;
import cn.minzheng.monitoring.feeds.FeedImports;
import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark 3: a month of the 人社 income feed ({@link FeedFileWriter}) uploaded as a file and
 * imported by the monitoring module's own service, as the upload page does it: SHA-256 of the file,
 * rows checked and staged while streaming (ID number to blind index), matched against the registry,
 * facts, error report and unmatched list, then the warning rules after the commit. The register's
 * 低保 households (one household in 30, about the city's share in cash programmes) are seeded
 * set-based beforehand (untimed). Floor: {@code COPY} of the same file into an unindexed table.
 * Everything the run created is removed afterwards (register entries, batch, facts, warnings; the
 * audit entries stay: the audit chain is append-only).
 */
final class FeedImportBenchmark {

  static final String BY = "bench-feed";

  private final ApplicationContext context;
  private final BenchDatabase database;
  private final Path workDir;

  FeedImportBenchmark(ApplicationContext context, BenchDatabase database, Path workDir) {
    this.context = context;
    this.database = database;
    this.workDir = workDir;
  }

  BenchResult run(long rows) throws IOException, SQLException {
    cleanUp();
    long register = seedRegister();
    Path file = workDir.resolve("feed-import.csv");
    LocalDate month = ChinaTime.today().minusMonths(1).withDayOfMonth(1);
    FeedFileWriter.Expected expected =
        new FeedFileWriter(database, context.getBean(FieldCipher.class)).write(file, rows, month);
    FeedImports imports = context.getBean(FeedImports.class);
    SecurityContextHolder.getContext()
        .setAuthentication(
            StaffAuthentication.of(
                new StaffUser(0, BY, "基准测试", "510100000000", Set.of(Role.CITY_ADMIN))));
    FeedImportResult result;
    Duration took;
    long heap;
    String profile;
    try (StatementProfile sampler = new StatementProfile(context.getBean(JdbcClient.class))) {
      PeakHeap.reset();
      long started = System.nanoTime();
      result =
          imports.importRows(
              Delivery.upload(
                  FeedType.PENSION_EMPLOYMENT, "bench-feed.csv", FeedFiles.sha256(file)),
              FeedFiles.rows(file),
              BY);
      took = Duration.ofNanos(System.nanoTime() - started);
      heap = PeakHeap.read();
      profile = sampler.summary(8);
    } finally {
      SecurityContextHolder.clearContext();
    }
    System.out.println("feed-import: where the time went (share of 200 ms samples)\n" + profile);
    Files.writeString(workDir.resolve("feed-import-profile.txt"), profile + "\n");
    Duration floor =
        database.copyFileFloor(file, "id_number text, fact_date text, amount text, detail text");
    String check = check(result, expected);
    cleanUp();
    Files.deleteIfExists(file);
    FeedBatch batch = result.batch();
    return new BenchResult(
        "feed import + matching + warning rules (人社 income feed, CSV upload)",
        batch.rowsTotal(),
        took,
        BenchResult.perSecond(batch.rowsTotal(), took) + " rows",
        floor,
        "< 60 s, ≤ 5× floor",
        took.toSeconds() < 60 && took.toNanos() <= 5 * floor.toNanos() ? "yes" : "NO",
        heap,
        String.format(
            "imported %,d facts, unmatched %,d, rejected %,d, warnings raised %,d (%s);"
                + " register %,d persons in 低保 households; floor = COPY of the same file into"
                + " an unindexed table",
            batch.rowsMatched(),
            batch.rowsUnmatched(),
            batch.rowsRejected(),
            result.warningsRaised(),
            check,
            register));
  }

  /** The counts the file was written with; the warnings as the database holds them. */
  private String check(FeedImportResult result, FeedFileWriter.Expected expected) {
    FeedBatch b = result.batch();
    database.vacuumAnalyze("monitoring.fact");
    long warnings =
        database.count(
            "monitoring.warning w join monitoring.fact f on f.id = w.fact_id"
                + " where f.batch_id = "
                + b.id());
    boolean ok =
        !result.repeated()
            && b.rowsTotal() == expected.rows()
            && b.rowsMatched() == expected.matched()
            && b.rowsUnmatched() == expected.unknown()
            && b.rowsRejected() == expected.invalid()
            && warnings == result.warningsRaised()
            && warnings > 0;
    return ok
        ? "as written"
        : String.format(
            "CHECK FAILED: written %,d / %,d / %,d, %,d warnings stored",
            expected.matched(), expected.unknown(), expected.invalid(), warnings);
  }

  /** One household in 30 with a head, its living members in the 低保 register since January. */
  private long seedRegister() {
    database.execute(
        """
        insert into monitoring.register_entry
          (person_id, household_id, region_code, category, origin, reason, since, created_by)
        select m.person_id, h.id, h.region_code, 'DIBAO', 'MANUAL', '基准测试', date '2026-01-01',
               '%s'
          from registry.household h
          join registry.household_member m on m.household_id = h.id and m.valid_to is null
          join registry.person p on p.id = m.person_id and p.life_status = 'ALIVE'
         where h.id %% 30 = 0 and h.head_person_id is not null
        on conflict (person_id, category) where until is null do nothing"""
            .formatted(BY));
    database.vacuumAnalyze("monitoring.register_entry");
    return database.count("monitoring.register_entry where created_by = '" + BY + "'");
  }

  /** Removes what an earlier (or this) run created, so that runs repeat on a kept database. */
  private void cleanUp() {
    String batches = "select id from monitoring.feed_batch where received_by = '" + BY + "'";
    String facts = "select id from monitoring.fact where batch_id in (" + batches + ")";
    String warnings = "select id from monitoring.warning where fact_id in (" + facts + ")";
    database.execute(
        "delete from monitoring.warning_history where warning_id in (" + warnings + ")");
    database.execute("delete from monitoring.warning where fact_id in (" + facts + ")");
    database.execute("delete from monitoring.fact where batch_id in (" + batches + ")");
    database.execute("delete from monitoring.feed_error where batch_id in (" + batches + ")");
    database.execute("delete from monitoring.feed_unmatched where batch_id in (" + batches + ")");
    database.execute("delete from monitoring.feed_batch where received_by = '" + BY + "'");
    database.execute("delete from monitoring.register_entry where created_by = '" + BY + "'");
    database.vacuumAnalyze("monitoring.fact");
  }
}
