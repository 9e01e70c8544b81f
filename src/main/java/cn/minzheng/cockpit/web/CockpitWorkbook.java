package cn.minzheng.cockpit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One cockpit table as an Excel sheet: a title line (what, period, region, as-of), the header and
 * the rows. Numbers stay numbers (with thousands separators) so that the bureau can sum them.
 */
final class CockpitWorkbook {

  private CockpitWorkbook() {}

  static byte[] of(String sheetName, String title, List<String> headers, List<List<Object>> rows) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet(sheetName);
      CellStyle number = wb.createCellStyle();
      number.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));
      sheet.createRow(0).createCell(0).setCellValue(title);
      Row header = sheet.createRow(1);
      for (int i = 0; i < headers.size(); i++) {
        header.createCell(i).setCellValue(headers.get(i));
      }
      int r = 2;
      for (List<Object> values : rows) {
        Row row = sheet.createRow(r++);
        for (int i = 0; i < values.size(); i++) {
          Cell cell = row.createCell(i);
          Object v = values.get(i);
          if (v instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(number);
          } else if (v != null) {
            cell.setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
