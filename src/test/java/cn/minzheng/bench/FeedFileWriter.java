package cn.minzheng.bench;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.shared.IdCardNo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Writes the CSV file of benchmark 3: a month of the 人社 feed (养老金、就业与社保, monthly income per person)
 * over registered persons taken evenly across the registry. Per 100 lines: 95 name a registered
 * person, 3 a valid ID number the registry does not hold (issued in 北京市东城区, with a sequence the
 * demo generator never hands out), 2 are invalid (a mistyped check character, an impossible date or
 * an amount with three decimals, in turn). Members of the register's 低保 households report small
 * pensions; one in twenty of them a wage that lifts the household above the standard, so that the
 * income rule raises warnings.
 */
final class FeedFileWriter {

  static final String HEADER = "身份证号,日期,金额,说明";
  private static final String[] PAYERS = {
    "养老金 成都市社会保险事业管理局", "工资 四川某科技有限公司", "工资 成都某商贸有限公司", "失业金 成都市就业服务管理局"
  };

  /** What the file holds, counted while writing: the import's counts must equal these. */
  record Expected(long rows, long matched, long unknown, long invalid) {}

  private final BenchDatabase database;
  private final FieldCipher cipher;
  private long matched;
  private long unknown;
  private long invalid;

  FeedFileWriter(BenchDatabase database, FieldCipher cipher) {
    this.database = database;
    this.cipher = cipher;
  }

  static boolean invalidLine(long i) {
    return i % 100 == 37 || i % 100 == 71;
  }

  static boolean unknownLine(long i) {
    return i % 100 == 13 || i % 100 == 53 || i % 100 == 89;
  }

  Expected write(Path file, long rows, LocalDate month) throws IOException, SQLException {
    long total = database.count("registry.person");
    if (total == 0) {
      throw new IllegalStateException("the feed needs a loaded registry");
    }
    long personLines = rows;
    for (long i = 0; i < rows; i++) {
      personLines -= unknownLine(i) ? 1 : 0;
    }
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        Connection c = database.owner()) {
      c.setAutoCommit(false);
      out.write(HEADER);
      out.write('\n');
      long line = 0;
      // A registry smaller than the feed is walked again for an earlier month: distinct records.
      for (int round = 0; line < rows; round++) {
        long take = Math.min(personLines, total);
        line = writeRound(c, out, line, rows, take, total, month.minusMonths(round));
        personLines -= take;
      }
    }
    return new Expected(rows, matched, unknown, invalid);
  }

  /**
   * Streams the persons in blind-index order (unrelated to the registry's own order, as a
   * department's export is) and takes {@code take} of them evenly spread.
   */
  private long writeRound(
      Connection c,
      BufferedWriter out,
      long line,
      long rows,
      long take,
      long total,
      LocalDate month)
      throws SQLException, IOException {
    String sql =
        """
        select p.id_number_enc, r.person_id is not null
          from registry.person p
          left join monitoring.register_entry r
                 on r.person_id = p.id and r.until is null and r.category = 'DIBAO'
         order by p.id_number_idx""";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setFetchSize(10_000);
      try (ResultSet rs = s.executeQuery()) {
        long acc = 0;
        long taken = 0;
        while (line < rows && taken < take && rs.next()) {
          acc += take;
          if (acc < total) {
            continue;
          }
          acc -= total;
          taken++;
          while (line < rows && unknownLine(line)) {
            writeUnknown(out, line++, month);
          }
          if (line < rows) {
            String id = cipher.decrypt(rs.getBytes(1));
            writePerson(out, line++, id, rs.getBoolean(2), month);
          }
        }
      }
    }
    while (line < rows && unknownLine(line)) {
      writeUnknown(out, line++, month);
    }
    return line;
  }

  private void writePerson(BufferedWriter out, long i, String id, boolean dibao, LocalDate month)
      throws IOException {
    String amount;
    String payer = PAYERS[(int) (i % PAYERS.length)];
    if (dibao && i % 20 == 0) {
      amount = String.valueOf(3_200 + i % 1_500);
      payer = PAYERS[1];
    } else if (dibao) {
      amount = (150 + i % 400) + ".00";
      payer = PAYERS[0];
    } else {
      amount = String.format("%d.%02d", 1_800 + i % 7_000, i % 100);
    }
    String date = month.toString();
    if (invalidLine(i)) {
      invalid++;
      switch ((int) (i / 100 % 3)) {
        case 0 -> id = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        case 1 -> date = month.getYear() + "-02-30";
        default -> amount = amount.replace(".00", "") + ".125";
      }
    } else {
      matched++;
    }
    out.write(id + ',' + date + ',' + amount + ',' + payer + '\n');
  }

  private void writeUnknown(BufferedWriter out, long i, LocalDate month) throws IOException {
    unknown++;
    long k = i / 100 * 3 + (i % 100 == 13 ? 0 : i % 100 == 53 ? 1 : 2);
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(k % 20_000);
    String body =
        "110101"
            + birth.toString().replace("-", "")
            + String.format("%03d", 900 + k / 20_000 % 100);
    out.write(
        body
            + IdCardNo.checkChar(body)
            + ','
            + month
            + ','
            + (2_000 + i % 5_000)
            + ','
            + PAYERS[1]
            + '\n');
  }
}
