package cn.minzheng.bench;

import cn.minzheng.children.care.CareProgramme;
import cn.minzheng.children.care.CareProgramme.Round;
import cn.minzheng.children.care.CareProgramme.School;
import cn.minzheng.children.care.ScreeningImports;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.XlsxRows;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The care programme's screening import at the brief's scale (34.5万 pupils in 240 schools): one
 * Excel file per school, written beforehand (untimed) over registered persons taken evenly across
 * the registry — per 100 pupils 80 with a registered ID number, 5 with a valid ID number the
 * registry does not hold, 15 with a school number only; each screening type positive for about one
 * pupil in ten. Timed: every school's file imported one after another by the children module's own
 * service, as the upload page does it (SHA-256, the workbook streamed, rows checked and COPYed into
 * staging, duplicates, matching by blind index, special-group flag, pupils stored). Floor: {@code
 * COPY} of the same rows as one CSV file into an unindexed table. Everything the run created is
 * removed afterwards (the audit entries stay).
 */
final class CareScreeningBenchmark {

  static final String BY = "bench-care";
  static final String[] HEADER = {"身份证号", "学籍号", "姓名", "年级", "近视", "龋齿", "心理健康", "脊柱侧弯"};

  private final ApplicationContext context;
  private final BenchDatabase database;
  private final Path workDir;

  CareScreeningBenchmark(ApplicationContext context, BenchDatabase database, Path workDir) {
    this.context = context;
    this.database = database;
    this.workDir = workDir;
  }

  BenchResult run(int pupils, int schoolCount) throws IOException, SQLException {
    cleanUp();
    CareProgramme programme = context.getBean(CareProgramme.class);
    ScreeningImports imports = context.getBean(ScreeningImports.class);
    List<School> schools = schools(programme, schoolCount);
    long roundId =
        programme.openRound(
            BY + " " + System.currentTimeMillis(),
            ChinaTime.today().withDayOfMonth(1),
            ChinaTime.today().withDayOfMonth(1).plusMonths(3),
            30,
            BY);
    Round round = programme.round(roundId).orElseThrow();
    Path dir = Files.createDirectories(workDir.resolve("care-screening"));
    Path csv = workDir.resolve("care-screening.csv");
    long[] expected = write(dir, csv, schools, pupils);

    SecurityContextHolder.getContext()
        .setAuthentication(
            StaffAuthentication.of(
                new StaffUser(0, BY, "基准测试", "510100000000", Set.of(Role.CITY_ADMIN))));
    long total = 0;
    long matched = 0;
    long rejected = 0;
    long positive = 0;
    Duration took;
    long heap;
    try {
      PeakHeap.reset();
      long started = System.nanoTime();
      for (int s = 0; s < schools.size(); s++) {
        Path file = dir.resolve("school-" + s + ".xlsx");
        ScreeningImports.Result result =
            imports.importFile(
                round,
                schools.get(s),
                file.getFileName().toString(),
                sha256(file),
                sink -> {
                  try (InputStream in = Files.newInputStream(file)) {
                    XlsxRows.forEach(in, sink);
                  }
                },
                BY,
                ChinaTime.today());
        total += result.batch().rowsTotal();
        matched += result.batch().rowsMatched();
        rejected += result.batch().rowsRejected();
        positive += result.batch().rowsPositive();
      }
      took = Duration.ofNanos(System.nanoTime() - started);
      heap = PeakHeap.read();
    } finally {
      SecurityContextHolder.clearContext();
    }
    Duration floor =
        database.copyFileFloor(
            csv,
            "id_number text, school_no text, name text, grade text, myopia text, caries text,"
                + " mental text, scoliosis text");
    boolean ok = total == expected[0] && matched == expected[1] && rejected == 0;
    cleanUp();
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.deleteIfExists(csv);
    return new BenchResult(
        "care-screening-import: 关爱行动 school files (Excel upload, one per school)",
        total,
        took,
        BenchResult.perSecond(total, took) + " pupils",
        floor,
        "< 5 min (\"minutes, not hours\")",
        took.toSeconds() < 300 ? "yes" : "NO",
        heap,
        String.format(
            "%,d schools, %,d pupils matched to the registry, %,d with a positive result,"
                + " %,d rows rejected (%s); floor = COPY of the same rows as one CSV file into an"
                + " unindexed table",
            schools.size(),
            matched,
            positive,
            rejected,
            ok ? "as written" : "CHECK FAILED: written " + expected[0] + " / " + expected[1]));
  }

  /** {@code count} bench schools on communities spread over the city's tree. */
  private List<School> schools(CareProgramme programme, int count) {
    List<RegionNode> communities =
        context.getBean(RegionQuery.class).all().stream()
            .filter(n -> n.level() == RegionLevel.COMMUNITY && n.activeOn(ChinaTime.today()))
            .toList();
    List<School> schools = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      RegionNode node = communities.get((int) ((long) i * communities.size() / count));
      long id = programme.saveSchool("BENCH-" + i, BY + " 学校 " + i, node.code(), BY);
      schools.add(programme.school(id).orElseThrow());
    }
    return schools;
  }

  /**
   * Writes one workbook per school and the CSV of all rows; answers {rows, registered ID numbers}.
   */
  private long[] write(Path dir, Path csv, List<School> schools, int pupils)
      throws IOException, SQLException {
    FieldCipher cipher = context.getBean(FieldCipher.class);
    long persons = database.count("registry.person");
    long wanted = Math.min(persons, pupils * 80L / 100);
    long registered = 0;
    int perSchool = (pupils + schools.size() - 1) / schools.size();
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        Connection c = database.owner()) {
      c.setAutoCommit(false);
      out.write(String.join(",", HEADER));
      out.write('\n');
      try (PreparedStatement st =
          c.prepareStatement("select id_number_enc from registry.person order by id_number_idx")) {
        st.setFetchSize(10_000);
        try (ResultSet rs = st.executeQuery()) {
          long acc = 0;
          int line = 0;
          for (int s = 0; s < schools.size() && line < pupils; s++) {
            SXSSFWorkbook wb = new SXSSFWorkbook(200);
            try {
              Sheet sheet = wb.createSheet("筛查结果");
              cells(sheet.createRow(0), HEADER);
              for (int r = 1; r <= perSchool && line < pupils; r++, line++) {
                String id = "";
                String schoolNo = "";
                int kind = line % 100;
                if (kind < 80 && registered < wanted) {
                  String next = null;
                  while (next == null && rs.next()) {
                    acc += wanted;
                    if (acc >= persons) {
                      acc -= persons;
                      next = cipher.decrypt(rs.getBytes(1));
                    }
                  }
                  if (next != null) {
                    id = next;
                    registered++;
                  } else {
                    schoolNo = "S" + s + "-" + r;
                  }
                } else if (kind < 85) {
                  id = unknownId(line);
                } else {
                  schoolNo = "S" + s + "-" + r;
                }
                String[] row = {
                  id,
                  schoolNo,
                  "学生" + line,
                  (1 + line % 9) + "年级",
                  result(line, 7),
                  result(line, 3),
                  result(line, 11),
                  line % 4 == 0 ? "" : result(line, 13)
                };
                cells(sheet.createRow(r), row);
                out.write(String.join(",", row));
                out.write('\n');
              }
              try (OutputStream file =
                  Files.newOutputStream(dir.resolve("school-" + s + ".xlsx"))) {
                wb.write(file);
              }
            } finally {
              wb.dispose();
            }
          }
          return new long[] {line, registered};
        }
      }
    }
  }

  private static String result(int line, int prime) {
    return (line * 31 + prime) % 10 == 0 ? "异常" : "正常";
  }

  /** A valid ID number of 北京市东城区 with a sequence the demo generator never hands out. */
  private static String unknownId(int line) {
    LocalDate birth = LocalDate.of(2008, 1, 1).plusDays(line % 3_650);
    String body =
        "110101"
            + birth.toString().replace("-", "")
            + String.format("%03d", 900 + line / 3_650 % 100);
    return body + IdCardNo.checkChar(body);
  }

  private static void cells(Row row, String[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!values[i].isEmpty()) {
        row.createCell(i).setCellValue(values[i]);
      }
    }
  }

  private static byte[] sha256(Path file) throws IOException {
    try (DigestInputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return in.getMessageDigest().digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Removes what an earlier (or this) run created, so that runs repeat on a kept database. */
  private void cleanUp() {
    String imports = "select id from children.screening_import where imported_by = '" + BY + "'";
    database.execute(
        "delete from children.screening_follow_up where pupil_id in (select id from"
            + " children.screening_pupil where import_id in ("
            + imports
            + "))");
    database.execute("delete from children.screening_pupil where import_id in (" + imports + ")");
    database.execute("delete from children.screening_error where import_id in (" + imports + ")");
    database.execute("delete from children.screening_import where imported_by = '" + BY + "'");
    database.execute("delete from children.screening_round where created_by = '" + BY + "'");
    database.execute("delete from children.school where updated_by = '" + BY + "'");
    database.vacuumAnalyze("children.screening_pupil");
  }
}
