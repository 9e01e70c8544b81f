package cn.minzheng.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.shared.IdCardNo;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A feed of one million rows is imported by an application whose heap is capped at 256 MB (a JVM of
 * its own): the import streams, it never holds the rows. 50 rows name registered persons, 10 carry
 * a wrong check digit, the rest are valid but unknown.
 */
class FeedImportMillionRowsSmokeIT {

  static final int ROWS = 1_000_000;

  @Test
  void importsAMillionRowFileWithABoundedHeap() throws Exception {
    Path dir = Files.createTempDirectory("million-feed");
    List<String> known = new ArrayList<>();
    for (int k = 0; k < 50; k++) {
      known.add(id("510105", LocalDate.of(1960, 1, 1).plusDays(k), 201));
    }
    Path file = dir.resolve("million.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("身份证号,日期,金额,说明\n");
      for (int i = 0; i < ROWS; i++) {
        String id;
        if (i % 100_000 == 50_000) {
          String valid = id("510104", LocalDate.of(1950, 1, 1).plusDays(i % 20_000), 101);
          id = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        } else if (i % 20_000 == 3) {
          id = known.get(i / 20_000);
        } else {
          id = id("510104", LocalDate.of(1950, 1, 1).plusDays(i % 20_000), 100 + i / 20_000);
        }
        out.write(id + ",2025-06-30," + i + ".00,某银行\n");
      }
    }
    Path knownFile = dir.resolve("known.txt");
    Files.write(knownFile, known);

    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                MillionRowImportMain.class.getName(),
                file.toString(),
                knownFile.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished in time").isTrue();
    String log = Files.readString(dir.resolve("child.log"));
    assertThat(process.exitValue()).as(tail(log)).isZero();

    Matcher m =
        Pattern.compile("RESULT total=(\\d+) rejected=(\\d+) matched=(\\d+) unmatched=(\\d+)")
            .matcher(log);
    assertThat(m.find()).as(tail(log)).isTrue();
    assertThat(Integer.parseInt(m.group(1))).isEqualTo(ROWS);
    assertThat(Integer.parseInt(m.group(2))).isEqualTo(10);
    assertThat(Integer.parseInt(m.group(3))).isEqualTo(50);
    assertThat(Integer.parseInt(m.group(4))).isEqualTo(ROWS - 60);
    try (var files = Files.list(dir)) {
      files.forEach(f -> f.toFile().delete());
    }
    Files.deleteIfExists(dir);
  }

  private static String id(String area, LocalDate birth, int sequence) {
    String body = area + birth.toString().replace("-", "") + String.format("%03d", sequence);
    return body + IdCardNo.checkChar(body);
  }

  private static String tail(String log) {
    return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
  }
}
