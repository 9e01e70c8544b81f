package cn.minzheng.payments.domain;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.RegionHierarchy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * The roster's lines for staff as Excel, with their exceptions: names and accounts masked as on the
 * page (the full numbers exist only in the bank file), streamed (a 低保 roster of a large district
 * has tens of thousands of lines), audited.
 */
@Service
public class RosterLinesExport {

  static final String[] HEADER = {
    "流水号", "姓名", "账户户名", "账号", "区划", "类型", "金额（元）", "上月金额（元）", "异常", "回盘"
  };

  private final Rosters rosters;
  private final RegionHierarchy regionNames;
  private final AuditLog audit;

  RosterLinesExport(Rosters rosters, RegionHierarchy regionNames, AuditLog audit) {
    this.rosters = rosters;
    this.regionNames = regionNames;
    this.audit = audit;
  }

  /** Checks scope (404) before the caller starts writing the response. */
  public RosterSummary check(long rosterId) {
    return rosters.get(rosterId);
  }

  public void write(long rosterId, LineException exception, OutputStream out) {
    int[] count = {0};
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      Sheet sheet = workbook.createSheet("名册明细");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADER.length; i++) {
        header.createCell(i).setCellValue(HEADER[i]);
      }
      rosters.eachLine(
          rosterId,
          exception,
          line -> {
            Row row = sheet.createRow(++count[0]);
            row.createCell(0).setCellValue(String.valueOf(line.id()));
            row.createCell(1).setCellValue(orDash(line.personName()));
            row.createCell(2).setCellValue(orDash(line.holderName()));
            row.createCell(3)
                .setCellValue(line.accountMasked() == null ? "（无收款账户）" : line.accountMasked());
            row.createCell(4).setCellValue(regionNames.nameOf(line.regionCode()));
            row.createCell(5).setCellValue(line.kindLabel());
            row.createCell(6).setCellValue(line.amount().doubleValue());
            if (line.previousAmount() != null) {
              row.createCell(7).setCellValue(line.previousAmount().doubleValue());
            }
            row.createCell(8)
                .setCellValue(
                    line.exceptions().stream()
                        .map(LineException::label)
                        .collect(Collectors.joining("、")));
            row.createCell(9).setCellValue(line.resultLabel());
          });
      workbook.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(
        AuditEvent.success(
            "payments.roster.lines.export",
            "roster",
            String.valueOf(rosterId),
            "导出名册明细（Excel，姓名与账号已脱敏）"
                + (exception == null ? "" : "，异常：" + exception.label())
                + "，"
                + count[0]
                + " 行"));
  }

  private static String orDash(String s) {
    return s == null ? "—" : s;
  }
}
