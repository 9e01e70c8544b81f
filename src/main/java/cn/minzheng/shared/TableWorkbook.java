package cn.minzheng.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A statistics export: one or more sheets, each a header row and rows of plain values. Numbers stay
 * numbers (staff sum them in Excel); dates and months are written as their ISO text ({@code
 * yyyy-MM-dd}, {@code yyyy-MM}), everything else as text (never as a formula, whatever it starts
 * with).
 *
 * <pre>{@code
 * byte[] xlsx = new TableWorkbook()
 *     .sheet("补贴", List.of("月份", "人次"), rows.stream().map(r -> List.<Object>of(r.month(), r.count())).toList())
 *     .bytes();
 * }</pre>
 */
public final class TableWorkbook {

  /** The content type of the files this writes. */
  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private record SheetData(String name, List<String> headers, List<List<?>> rows) {}

  private final List<SheetData> sheets = new ArrayList<>();

  public TableWorkbook sheet(String name, List<String> headers, List<? extends List<?>> rows) {
    sheets.add(new SheetData(name, List.copyOf(headers), List.copyOf(rows)));
    return this;
  }

  public byte[] bytes() {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (SheetData data : sheets) {
        Sheet sheet = wb.createSheet(data.name());
        Row header = sheet.createRow(0);
        for (int i = 0; i < data.headers().size(); i++) {
          header.createCell(i).setCellValue(data.headers().get(i));
        }
        int r = 1;
        for (List<?> values : data.rows()) {
          Row row = sheet.createRow(r++);
          for (int i = 0; i < values.size(); i++) {
            write(row.createCell(i), values.get(i));
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Cell cell, Object value) {
    if (value == null) {
      cell.setBlank();
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else {
      cell.setCellValue(value.toString());
    }
  }
}
