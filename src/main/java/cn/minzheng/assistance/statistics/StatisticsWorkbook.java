package cn.minzheng.assistance.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The statistics as an Excel workbook (one sheet, one header row). */
public final class StatisticsWorkbook {

  private static final String[] HEADERS = {"月份", "区（市）县", "救助项目", "保障类别", "保障人数", "应发金额（元）"};

  private StatisticsWorkbook() {}

  public static byte[] of(List<AssistanceStatistics.Row> rows) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("社会救助统计");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.length; i++) {
        header.createCell(i).setCellValue(HEADERS[i]);
      }
      int r = 1;
      for (AssistanceStatistics.Row row : rows) {
        Row x = sheet.createRow(r++);
        x.createCell(0).setCellValue(row.month());
        x.createCell(1).setCellValue(row.area());
        x.createCell(2).setCellValue(row.programme());
        x.createCell(3).setCellValue(row.category());
        x.createCell(4).setCellValue(row.people());
        x.createCell(5).setCellValue(row.amount().doubleValue());
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
