package cn.minzheng.monitoring;

import static cn.minzheng.monitoring.MonitoringTestData.COMMUNITY;

import cn.minzheng.MinzhengApplication;
import cn.minzheng.monitoring.feeds.Delivery;
import cn.minzheng.monitoring.feeds.FeedBatch;
import cn.minzheng.monitoring.feeds.FeedFiles;
import cn.minzheng.monitoring.feeds.FeedImports;
import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.registry.RegistryFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Run in a JVM of its own with a small heap by {@link FeedImportMillionRowsSmokeIT}: registers the
 * known persons listed in the second argument, imports the feed file of the first, prints the
 * counts and the peak heap use.
 */
public final class MillionRowImportMain {

  private MillionRowImportMain() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    List<String> known = Files.readAllLines(Path.of(args[1]));
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(MinzhengApplication.class)
            .properties("server.port=0", "spring.main.banner-mode=off")
            .run()) {
      RegistryFixtures registry = context.getBean(RegistryFixtures.class);
      for (String id : known) {
        registry.person(id, "已知人员", COMMUNITY);
      }
      FeedImports imports = context.getBean(FeedImports.class);
      long started = System.nanoTime();
      FeedBatch batch =
          imports
              .importRows(
                  Delivery.upload(FeedType.DEPOSITS, "million.csv", FeedFiles.sha256(file)),
                  FeedFiles.rows(file),
                  "million-row-test")
              .batch();
      long millis = (System.nanoTime() - started) / 1_000_000;
      System.out.printf(
          "RESULT total=%d rejected=%d matched=%d unmatched=%d millis=%d%n",
          batch.rowsTotal(),
          batch.rowsRejected(),
          batch.rowsMatched(),
          batch.rowsUnmatched(),
          millis);
    }
    System.exit(0);
  }
}
