package cn.minzheng.monitoring;

import cn.minzheng.monitoring.feeds.Delivery;
import cn.minzheng.monitoring.feeds.FeedFiles;
import cn.minzheng.monitoring.feeds.FeedImportResult;
import cn.minzheng.monitoring.feeds.FeedImports;
import cn.minzheng.monitoring.feeds.FeedType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** The monitoring tests' community and feed files (persons come from {@code RegistryFixtures}). */
public final class MonitoringTestData {

  /**
   * The sibling community of 锦江区's first street: monitoring tests keep their households there, so
   * that other tests' community (510104001001) sees no monitoring work in its queue.
   */
  public static final String COMMUNITY = "510104001002";

  private MonitoringTestData() {}

  /** A CSV feed file with a header and the given data lines (a unique comment keeps it unique). */
  public static Path csv(String... lines) throws IOException {
    Path file = Files.createTempFile("feed-test-", ".csv");
    StringBuilder text = new StringBuilder("身份证号,日期,金额,说明\n");
    for (String line : lines) {
      text.append(line).append('\n');
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  public static FeedImportResult importCsv(FeedImports imports, FeedType type, Path file)
      throws IOException {
    return imports.importRows(
        Delivery.upload(type, file.getFileName().toString(), FeedFiles.sha256(file)),
        FeedFiles.rows(file),
        "test");
  }

  public static FeedImportResult importLines(FeedImports imports, FeedType type, String... lines)
      throws IOException {
    return importCsv(imports, type, csv(lines));
  }

  public static String nonce() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
